using System.Globalization;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Numbers written the way ffmpeg options and filtergraphs expect them: invariant, no spaces.</summary>
internal static class FfmpegValues
{
    /// <summary>A plain decimal number, e.g. <c>1.5</c> or <c>0.333333</c>.</summary>
    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Seconds and a short human form, e.g. <c>2.5 s</c>, for messages.</summary>
    public static string Seconds(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + " s";

    /// <summary>A frame rate, with the NTSC rates written exactly (<c>30000/1001</c> for 29.97).</summary>
    public static string Rate(double fps)
    {
        foreach (var (approximate, exact) in (ReadOnlySpan<(double, string)>)[(23.976, "24000/1001"), (29.97, "30000/1001"), (59.94, "60000/1001")])
        {
            if (Math.Abs(fps - approximate) < 0.01)
            {
                return exact;
            }
        }

        return Number(fps);
    }

    /// <summary>A frame rate for messages, e.g. <c>29.97</c> or <c>30</c>.</summary>
    public static string Fps(double fps) => fps.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A <c>#rrggbb</c> colour as ffmpeg's <c>0xrrggbb</c>.</summary>
    public static string Colour(string hex) => "0x" + hex.TrimStart('#');
}
