using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaEngine.Pipelines.Compare;

/// <summary>
/// Reads the summary ffmpeg's ssim filter logs when it closes, e.g.
/// <c>[Parsed_ssim_1 @ 0x5…] SSIM Y:0.987 (18.9) U:0.991 (20.4) V:0.990 (20.1) All:0.988 (19.3)</c>
/// (planes R, G, B for RGB input).
/// </summary>
internal static partial class SsimSummary
{
    /// <summary>The "All" value of the summary line, clamped to 0–1; null when the line is not a summary.</summary>
    public static double? ParseAll(string line)
    {
        var match = Summary().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var value = double.Parse(match.Groups["all"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        return Math.Clamp(value, 0, 1);
    }

    [GeneratedRegex(@"\bSSIM\s+[A-Z]:.*\bAll:(?<all>[0-9]+(?:\.[0-9]+)?)")]
    private static partial Regex Summary();
}
