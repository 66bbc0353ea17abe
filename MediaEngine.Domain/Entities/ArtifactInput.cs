namespace MediaEngine.Domain.Entities;

/// <summary>Lineage edge: <see cref="ArtifactId"/> was made from an input artifact or a source asset.</summary>
public sealed class ArtifactInput
{
    public long Id { get; set; }

    public Guid ArtifactId { get; set; }

    public Guid? InputArtifactId { get; set; }

    public Guid? InputAssetId { get; set; }
}
