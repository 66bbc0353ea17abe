namespace MediaEngine.Domain.Artifacts;

/// <summary>A link between two <see cref="LineageNode.Key"/>s of a lineage graph, from the older to the newer.</summary>
public sealed record LineageEdge(string From, string To, LineageEdgeKind Kind);
