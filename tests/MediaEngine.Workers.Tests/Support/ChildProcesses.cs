namespace MediaEngine.Workers.Tests.Support;

/// <summary>Processes started by this test process, read from /proc.</summary>
public static class ChildProcesses
{
    public static IReadOnlyList<string> Named(string name) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => Path.Combine(d, "stat"))
            .Select(TryRead)
            .OfType<string>()
            .Select(stat => (Comm: Between(stat, '(', ')'), ParentId: ParentOf(stat)))
            .Where(p => p.Comm == name && p.ParentId == Environment.ProcessId)
            .Select(p => p.Comm)
            .ToList();

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null; // the process ended meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Between(string text, char open, char close) =>
        text[(text.IndexOf(open) + 1)..text.LastIndexOf(close)];

    private static int ParentOf(string stat) =>
        int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
}
