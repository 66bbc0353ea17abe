namespace MediaEngine.Domain.Entities;

/// <summary>A content-addressed file the engine wrote, with its lineage.</summary>
public sealed class Artifact
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Sha256 { get; set; }

    public MediaKind Kind { get; set; }

    public required string MimeType { get; set; }

    public long SizeBytes { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public double? DurationSeconds { get; set; }

    public Guid? JobId { get; set; }

    /// <summary>The graph node that produced it.</summary>
    public string? NodeId { get; set; }

    public string? PortName { get; set; }

    public Guid? PresetVersionId { get; set; }

    /// <summary>Marked by a publish node: a final output shown in the gallery.</summary>
    public bool IsPublished { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>
    /// Set when storage cleanup removed the file of this intermediate (never published) artifact. The row stays so that
    /// lineage remains whole; the content is gone.
    /// </summary>
    public DateTime? PurgedAt { get; set; }

    public List<ArtifactInput> Inputs { get; set; } = [];
}
