using MediaEngine.Domain.Graph;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// What is selected in the workbench: nodes and connections. The server holds it; the canvas shows it and reports what
/// the person clicked or rubberbanded, and the toolbar and keyboard act on it.
/// </summary>
public sealed class WorkbenchSelection
{
    public WorkbenchSelection(IReadOnlyList<string> nodes, IReadOnlyList<GraphEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>Nothing selected.</summary>
    public static WorkbenchSelection None { get; } = new([], []);

    public IReadOnlyList<string> Nodes { get; }

    public IReadOnlyList<GraphEdge> Edges { get; }

    public bool IsEmpty => Nodes.Count == 0 && Edges.Count == 0;

    /// <summary>The selection of these nodes only.</summary>
    public static WorkbenchSelection OfNodes(IEnumerable<string> nodes) => new([.. nodes], []);

    /// <summary>The selection the canvas reports: node ids and edges named as the canvas names them (see <see cref="CanvasModel.EdgeId"/>).</summary>
    public static WorkbenchSelection FromCanvas(IEnumerable<string> nodeIds, IEnumerable<string> edgeIds) =>
        new([.. nodeIds], [.. edgeIds.Select(CanvasModel.ParseEdgeId).OfType<GraphEdge>()]);

    /// <summary>What of the selection is still in the graph; this same instance when all of it is.</summary>
    public WorkbenchSelection Within(PipelineGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = Nodes.Where(id => graph.FindNode(id) is not null).ToList();
        var edges = Edges.Where(graph.Edges.Contains).ToList();
        return nodes.Count == Nodes.Count && edges.Count == Edges.Count ? this : new WorkbenchSelection(nodes, edges);
    }

    /// <summary>Whether both select the same nodes and edges, in the same order.</summary>
    public bool SameAs(WorkbenchSelection other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Nodes.SequenceEqual(other.Nodes, StringComparer.Ordinal) && Edges.SequenceEqual(other.Edges);
    }
}
