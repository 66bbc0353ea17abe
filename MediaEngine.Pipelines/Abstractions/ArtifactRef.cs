using MediaEngine.Domain.Graph;

namespace MediaEngine.Pipelines.Abstractions;

/// <summary>A stored, content-addressed file flowing between nodes. <see cref="Path"/> is read-only for nodes.</summary>
public sealed record ArtifactRef(
    string Sha256,
    string Path,
    PortKind Kind,
    string MimeType,
    long SizeBytes,
    int? Width = null,
    int? Height = null,
    double? DurationSeconds = null)
{
    /// <summary>The database row once recorded; null until then.</summary>
    public Guid? ArtifactId { get; init; }

    /// <summary>The file name people know it by (the original name of an imported source); null for node outputs.</summary>
    public string? Name { get; init; }

    /// <summary>The source asset this artifact is a copy of, for inputs.</summary>
    public Guid? SourceAssetId { get; init; }
}
