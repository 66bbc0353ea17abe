namespace MediaEngine.Domain.Artifacts;

/// <summary>
/// Where an artifact came from and what was made of it: <see cref="Inputs"/> walks back through every input artifact to
/// the source assets, nearest first; <see cref="Derived"/> lists the artifacts made directly from it.
/// </summary>
public sealed record ArtifactLineage(GalleryItem Artifact, IReadOnlyList<LineageEntry> Inputs, IReadOnlyList<LineageEntry> Derived)
{
    /// <summary>The source assets at the root of the chain.</summary>
    public IEnumerable<LineageEntry> SourceAssets => Inputs.Where(i => i.Source == LineageSource.Asset);
}
