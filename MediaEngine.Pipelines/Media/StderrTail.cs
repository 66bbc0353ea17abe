namespace MediaEngine.Pipelines.Media;

/// <summary>Keeps the last lines a tool wrote to stderr (progress lines left out), safe to feed from any thread.</summary>
internal sealed class StderrTail(int capacity = 30, string? fullPathToHide = null)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _lock = new();

    public void Add(string? line)
    {
        if (string.IsNullOrWhiteSpace(line) || ToolOutput.IsProgressLine(line))
        {
            return;
        }

        var cleaned = ToolOutput.Clean(line, fullPathToHide);
        lock (_lock)
        {
            _lines.Enqueue(cleaned);
            while (_lines.Count > capacity)
            {
                _lines.Dequeue();
            }
        }
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }
}
