namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>What <c>video.analyze</c> writes as JSON: the video's basic facts, its loudness and where its scenes change.</summary>
/// <param name="DurationSeconds">Playing time in seconds; null when unknown.</param>
/// <param name="Fps">Frames per second; 0 when unknown.</param>
/// <param name="Width">Displayed width in pixels.</param>
/// <param name="Height">Displayed height in pixels.</param>
/// <param name="VideoCodec">The ffmpeg video codec name, e.g. <c>h264</c>.</param>
/// <param name="AudioCodec">The ffmpeg audio codec name; null when the video has no sound.</param>
/// <param name="IntegratedLoudnessLufs">EBU R128 integrated loudness in LUFS; null without sound or when it cannot be measured.</param>
/// <param name="SceneThreshold">The threshold the scene changes were found with.</param>
/// <param name="SceneChangeCount">How many scene changes were found.</param>
/// <param name="SceneChanges">The times of the scene changes, in seconds from the start.</param>
public sealed record VideoAnalysisReport(
    double? DurationSeconds,
    double Fps,
    int Width,
    int Height,
    string VideoCodec,
    string? AudioCodec,
    double? IntegratedLoudnessLufs,
    double SceneThreshold,
    int SceneChangeCount,
    IReadOnlyList<double> SceneChanges);
