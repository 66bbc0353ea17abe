namespace MediaEngine.Pipelines.Media.Probing;

/// <summary>Clean, normalised information about a media file, as read by ffprobe.</summary>
/// <param name="FormatName">The ffmpeg demuxer name(s), e.g. <c>mov,mp4,m4a,3gp,3g2,mj2</c>, <c>png_pipe</c>, <c>wav</c>.</param>
/// <param name="DurationSeconds">Playing time in seconds; null when the file has none (still images).</param>
/// <param name="BitRate">Overall bit rate in bits per second; null when unknown.</param>
/// <param name="SizeBytes">File size in bytes.</param>
/// <param name="Video">The main video stream; null when there is none (cover art does not count).</param>
/// <param name="Audio">The main audio stream; null when there is none.</param>
public sealed record MediaInfo(
    string FormatName,
    double? DurationSeconds,
    long? BitRate,
    long SizeBytes,
    VideoStreamInfo? Video,
    AudioStreamInfo? Audio)
{
    private static readonly HashSet<string> _imageCodecs = new(StringComparer.OrdinalIgnoreCase)
    {
        "png", "mjpeg", "jpegls", "jpeg2000", "webp", "bmp", "tiff", "gif", "jpegxl", "qoi",
        "ppm", "pgm", "pbm", "pam", "dpx", "exr", "psd", "sgi", "targa", "pcx", "xwd", "xbm", "xpm", "hdr",
    };

    /// <summary>
    /// True for a single picture: read through an image demuxer (<c>image2</c>, <c>png_pipe</c>, <c>jpeg_pipe</c>,
    /// <c>webp_pipe</c>, …), or a video stream of an image codec with no duration.
    /// </summary>
    public bool IsStillImage => Video is not null && IsStill(FormatName, DurationSeconds, Video.Codec);

    internal static bool IsStill(string formatName, double? durationSeconds, string videoCodec)
    {
        var formats = formatName.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (formats.Any(f => f is "image2" or "image2pipe" || f.EndsWith("_pipe", StringComparison.Ordinal)))
        {
            return true;
        }

        return durationSeconds is null && _imageCodecs.Contains(videoCodec);
    }
}
