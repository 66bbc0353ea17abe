namespace MediaEngine.Pipelines.Media;

/// <summary>
/// Limits that protect the server from decompression bombs and oversized uploads.
/// Bound from the <c>MediaEngine:Media</c> configuration section.
/// </summary>
public sealed class MediaLimits
{
    /// <summary>The configuration section these limits are bound from.</summary>
    public const string Section = "MediaEngine:Media";

    /// <summary>Largest image area (width × height) that is decoded. Default 100 megapixels.</summary>
    public long MaxPixels { get; set; } = 100_000_000;

    /// <summary>Largest input file in bytes. Default 2 GiB.</summary>
    public long MaxFileBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Largest width or height of an image, in pixels. Default 30,000.</summary>
    public int MaxImageDimension { get; set; } = 30_000;

    /// <summary>The full configuration key of a limit, e.g. <c>MediaEngine:Media:MaxPixels</c>, for messages.</summary>
    public static string KeyOf(string propertyName) => $"{Section}:{propertyName}";
}
