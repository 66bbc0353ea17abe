using System.Diagnostics;

namespace MediaEngine.Pipelines.Tests.Media.TestSupport;

/// <summary>Finds running ffmpeg processes by what is on their command line (read from /proc/&lt;pid&gt;/cmdline).</summary>
public static class FfmpegProcesses
{
    public static IReadOnlyList<int> WithArgument(string fragment)
    {
        List<int> found = [];
        foreach (var process in Process.GetProcessesByName("ffmpeg"))
        {
            using (process)
            {
                if (CommandLine(process.Id) is { } commandLine && commandLine.Contains(fragment, StringComparison.Ordinal))
                {
                    found.Add(process.Id);
                }
            }
        }

        return found;
    }

    private static string? CommandLine(int pid)
    {
        try
        {
            // Arguments are NUL-separated; a zombie or a process that just exited has an empty or missing file.
            var raw = File.ReadAllBytes($"/proc/{pid}/cmdline");
            return raw.Length == 0 ? null : System.Text.Encoding.UTF8.GetString(raw).Replace('\0', ' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
