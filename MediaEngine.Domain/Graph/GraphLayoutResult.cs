namespace MediaEngine.Domain.Graph;

/// <summary>
/// Where <see cref="GraphLayout.Compute"/> put everything: one box per node, graph input and graph output, the edge
/// end points, and the size of the whole drawing (margins included).
/// </summary>
/// <param name="Inputs">The graph input pills, in declaration order.</param>
/// <param name="Nodes">The nodes, in <see cref="PipelineGraph.Nodes"/> order (a repeated id is placed once).</param>
/// <param name="Outputs">The graph output pills, in declaration order.</param>
/// <param name="Edges">Connections in edge order, then input bindings, then output publications.</param>
/// <param name="Width">Total width.</param>
/// <param name="Height">Total height.</param>
public sealed record GraphLayoutResult(
    IReadOnlyList<LaidOutNode> Inputs,
    IReadOnlyList<LaidOutNode> Nodes,
    IReadOnlyList<LaidOutNode> Outputs,
    IReadOnlyList<LaidOutEdge> Edges,
    double Width,
    double Height)
{
    /// <summary>The node with the given id, or <see langword="null"/>.</summary>
    public LaidOutNode? FindNode(string id) => Nodes.FirstOrDefault(n => n.Id == id);
}
