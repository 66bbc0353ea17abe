namespace MediaEngine.Web.Uploads;

/// <summary>Bounds the chunk route's request size before the configured chunk size narrows it per request.</summary>
public static class UploadLimits
{
    /// <summary>The largest chunk <see cref="UploadOptions.ChunkBytes"/> may be set to (64 MiB).</summary>
    public const int MaxChunkRequestBytes = 64 * 1024 * 1024;
}
