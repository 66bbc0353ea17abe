namespace MediaEngine.Domain.Artifacts;

/// <summary>
/// Everything an artifact came from and everything made from it, as a graph: every recorded input edge (an artifact
/// made from two files has two), back to the source assets and forward to the last derivation, plus the jobs that wrote
/// the artifacts and the preset versions they ran. <see cref="Truncated"/> says the walk stopped at
/// <see cref="ArtifactQueries.MaxLineageNodes"/> files.
/// </summary>
public sealed record LineageGraph(string RootKey, IReadOnlyList<LineageNode> Nodes, IReadOnlyList<LineageEdge> Edges, bool Truncated)
{
    public LineageNode? Find(string key) => Nodes.FirstOrDefault(n => n.Key == key);
}
