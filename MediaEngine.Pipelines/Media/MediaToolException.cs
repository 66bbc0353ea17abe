namespace MediaEngine.Pipelines.Media;

/// <summary>
/// A media tool (ffmpeg, ffprobe) failed. The message names the tool, its exit code and the last lines it wrote to stderr.
/// </summary>
public sealed class MediaToolException : Exception
{
    /// <summary>How many stderr lines the message quotes.</summary>
    public const int QuotedLines = 10;

    /// <summary>Creates the exception for a tool run that failed.</summary>
    /// <param name="tool">The tool name, e.g. <c>ffmpeg</c>.</param>
    /// <param name="exitCode">The process exit code; -1 when the process did not report one.</param>
    /// <param name="standardErrorTail">The last lines the tool wrote to stderr, oldest first.</param>
    /// <param name="context">What the tool was doing, e.g. <c>writing 'out.mp4'</c>; optional.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public MediaToolException(
        string tool,
        int exitCode,
        IReadOnlyList<string> standardErrorTail,
        string? context = null,
        Exception? inner = null)
        : base(BuildMessage(tool, exitCode, standardErrorTail, context), inner)
    {
        Tool = tool;
        ExitCode = exitCode;
        StandardErrorTail = standardErrorTail;
    }

    /// <summary>The tool that failed.</summary>
    public string Tool { get; }

    /// <summary>The process exit code; -1 when the process did not report one.</summary>
    public int ExitCode { get; }

    /// <summary>The last lines the tool wrote to stderr, oldest first.</summary>
    public IReadOnlyList<string> StandardErrorTail { get; }

    private static string BuildMessage(string tool, int exitCode, IReadOnlyList<string> tail, string? context)
    {
        var what = string.IsNullOrWhiteSpace(context) ? string.Empty : $" while {context}";
        var quoted = tail.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(QuotedLines).ToList();
        var stderr = quoted.Count == 0
            ? " It wrote nothing to stderr."
            : $" Last stderr lines:{Environment.NewLine}{string.Join(Environment.NewLine, quoted)}";
        return $"{tool} failed{what} (exit code {exitCode}).{stderr}";
    }
}
