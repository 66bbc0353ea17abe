namespace MediaEngine.Domain.Artifacts;

/// <summary>
/// Where an artifact came from and what was made of it: <see cref="Inputs"/> lists every input artifact and source asset
/// behind it, nearest first (each once); <see cref="Derived"/> every artifact made from it, directly or not, nearest
/// first; <see cref="Graph"/> draws both with every edge.
/// </summary>
public sealed record ArtifactLineage(GalleryItem Artifact, IReadOnlyList<LineageEntry> Inputs, IReadOnlyList<LineageEntry> Derived, LineageGraph Graph)
{
    /// <summary>The source assets at the root of the chain.</summary>
    public IEnumerable<LineageEntry> SourceAssets => Inputs.Where(i => i.Source == LineageSource.Asset);
}
