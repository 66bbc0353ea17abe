using MediaEngine.Domain.Entities;

namespace MediaEngine.Domain.Artifacts;

/// <summary>
/// One output as the gallery shows it: the file's facts, the node and port that wrote it, and the job and preset version
/// it came from (null when the job or version is gone).
/// </summary>
public sealed record GalleryItem(
    Guid Id,
    MediaKind Kind,
    string MimeType,
    long SizeBytes,
    int? Width,
    int? Height,
    double? DurationSeconds,
    string? NodeId,
    string? PortName,
    bool IsPublished,
    DateTime CreatedAt,
    Guid? JobId,
    string? JobTitle,
    string? PresetSlug,
    string? PresetName,
    int? PresetVersion)
{
    /// <summary>"node.port", how outputs are named on every page.</summary>
    public string Caption => $"{NodeId ?? "?"}.{PortName ?? "out"}";
}
