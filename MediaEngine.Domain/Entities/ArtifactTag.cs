namespace MediaEngine.Domain.Entities;

/// <summary>A free-form label on an output (for finding it in the gallery).</summary>
public sealed class ArtifactTag
{
    public Guid ArtifactId { get; set; }

    public required string Tag { get; set; }
}
