namespace MediaEngine.Pipelines.Media.Tools;

/// <summary>An operating-system program MediaEngine depends on, and what stops working without it.</summary>
public sealed record SystemTool(string Name, string DefaultExecutable, string VersionArgument, string Disables)
{
    public static readonly SystemTool FFmpeg = new(
        "ffmpeg", "ffmpeg", "-version",
        "video and audio nodes (transcode, trim, scale, interpolation, stitching, reels, audio mixing)");

    public static readonly SystemTool FFprobe = new(
        "ffprobe", "ffprobe", "-version",
        "media analysis of uploads and video/audio inputs (duration, codecs, frame rate)");

    public static readonly SystemTool EspeakNg = new(
        "espeak-ng", "espeak-ng", "--version",
        "text-to-speech narration nodes");

    public static IReadOnlyList<SystemTool> All { get; } = [FFmpeg, FFprobe, EspeakNg];

    /// <summary>The configuration key that overrides the executable, e.g. <c>MediaEngine:Tools:ffmpeg</c>.</summary>
    public string ConfigurationKey => $"MediaEngine:Tools:{Name}";
}
