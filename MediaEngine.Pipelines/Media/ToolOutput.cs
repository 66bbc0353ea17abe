using System.Text.RegularExpressions;

namespace MediaEngine.Pipelines.Media;

/// <summary>Cleans up what ffmpeg and ffprobe write to stderr so it can be quoted in a message.</summary>
internal static partial class ToolOutput
{
    /// <summary>
    /// Strips the "[mov,mp4 @ 0x55…]" context prefix and replaces the full path of <paramref name="fullPath"/>
    /// (also as a <c>file:</c> URL) by its file name, so messages do not leak server folders.
    /// </summary>
    public static string Clean(string line, string? fullPath = null)
    {
        var cleaned = ContextPrefix().Replace(line, string.Empty).Trim();
        if (!string.IsNullOrEmpty(fullPath))
        {
            var name = $"'{Path.GetFileName(fullPath)}'";
            cleaned = cleaned.Replace("file:" + fullPath, name, StringComparison.Ordinal)
                             .Replace(fullPath, name, StringComparison.Ordinal);
            if (cleaned.StartsWith(name + ": ", StringComparison.Ordinal))
            {
                cleaned = cleaned[(name.Length + 2)..];
            }
        }

        return cleaned;
    }

    /// <summary>True for ffmpeg's periodic "frame=… time=… speed=…" statistics lines.</summary>
    public static bool IsProgressLine(string line) => ProgressLine().IsMatch(line);

    [GeneratedRegex(@"^\[[^\]]+ @ (0x)?[0-9a-fA-F]+\]\s*")]
    private static partial Regex ContextPrefix();

    [GeneratedRegex(@"^\s*(frame|size)=.*\btime=")]
    private static partial Regex ProgressLine();
}
