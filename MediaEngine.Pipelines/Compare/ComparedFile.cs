using MediaEngine.Pipelines.Media.Probing;

namespace MediaEngine.Pipelines.Compare;

/// <summary>What one side of a comparison is, as ffprobe reads it.</summary>
/// <param name="Kind">Image, video or audio, from the streams the file holds.</param>
/// <param name="SizeBytes">File size in bytes.</param>
/// <param name="Width">Displayed width in pixels (after rotation); null for audio.</param>
/// <param name="Height">Displayed height in pixels (after rotation); null for audio.</param>
/// <param name="DurationSeconds">Playing time; null for a still image.</param>
/// <param name="BitRate">Overall bit rate in bits per second for video and audio; null for a still image or when unknown.</param>
public sealed record ComparedFile(ComparedKind Kind, long SizeBytes, int? Width, int? Height, double? DurationSeconds, long? BitRate)
{
    /// <summary>The facts of a probed file.</summary>
    public static ComparedFile From(MediaInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var kind = info.Video is null ? ComparedKind.Audio : info.IsStillImage ? ComparedKind.Image : ComparedKind.Video;
        return new ComparedFile(
            kind,
            info.SizeBytes,
            info.Video?.DisplayWidth,
            info.Video?.DisplayHeight,
            kind == ComparedKind.Image ? null : info.DurationSeconds,
            kind == ComparedKind.Image ? null : info.BitRate);
    }
}
