namespace MediaEngine.Pipelines.Media.Probing;

/// <summary>The main video stream of a media file (cover art is never reported here).</summary>
/// <param name="Codec">The ffmpeg codec name, e.g. <c>h264</c>, <c>png</c>.</param>
/// <param name="Width">Stored (coded) width in pixels, before <paramref name="Rotation"/> is applied.</param>
/// <param name="Height">Stored (coded) height in pixels, before <paramref name="Rotation"/> is applied.</param>
/// <param name="FrameRate">Frames per second, e.g. 29.97; 0 when unknown or for a still image.</param>
/// <param name="PixelFormat">The ffmpeg pixel format, e.g. <c>yuv420p</c>; null when unknown.</param>
/// <param name="Rotation">Degrees to turn the stored picture clockwise to show it upright: 0, 90, 180 or 270.</param>
/// <param name="FrameCount">Number of frames when the container states it (1 for a still image); otherwise null.</param>
public sealed record VideoStreamInfo(
    string Codec,
    int Width,
    int Height,
    double FrameRate,
    string? PixelFormat,
    int Rotation,
    long? FrameCount)
{
    /// <summary>True when the picture is shown turned by a quarter (90° or 270°), so width and height swap on screen.</summary>
    public bool IsQuarterTurned => Rotation is 90 or 270;

    /// <summary>Width as displayed, after rotation.</summary>
    public int DisplayWidth => IsQuarterTurned ? Height : Width;

    /// <summary>Height as displayed, after rotation.</summary>
    public int DisplayHeight => IsQuarterTurned ? Width : Height;
}
