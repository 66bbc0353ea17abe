namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>The output options every re-encoding video node shares: web-ready H.264 and AAC in MP4.</summary>
internal static class H264Output
{
    public const string Extension = ".mp4";

    /// <summary>libx264 at a constant quality, medium preset, 4:2:0 for players, index at the front for streaming.</summary>
    public static string Video(int crf) => $"-c:v libx264 -crf {crf} -preset medium -pix_fmt yuv420p -movflags +faststart";

    /// <summary>AAC at 192 kbit/s.</summary>
    public const string Audio = "-c:a aac -b:a 192k";
}
