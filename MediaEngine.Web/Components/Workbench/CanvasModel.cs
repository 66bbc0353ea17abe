using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Components.Shared.Graph;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// What the canvas script draws: nodes with their typed, coloured ports and positions (and, after a test run, their state,
/// error and output thumbnail), and the edges.
/// </summary>
public sealed record CanvasModel(IReadOnlyList<CanvasModel.Node> Nodes, IReadOnlyList<CanvasModel.Edge> Edges)
{
    private const double Spacing = 240;

    public sealed record Port(string Name, string Kind, string Colour, bool Multiple);

    public sealed record Node(
        string Id, string Type, double X, double Y, IReadOnlyList<Port> Inputs, IReadOnlyList<Port> Outputs, bool Problem, string? State, string? StateText,
        string? Error = null, CanvasPreview? Preview = null);

    public sealed record End(string Node, string Port);

    public sealed record Edge(End From, End To, string Colour);

    public static CanvasModel From(
        PipelineGraph graph, NodeCatalog catalog, IReadOnlyDictionary<string, CanvasNodeState>? states, IReadOnlySet<string> problemNodes)
    {
        var nodes = graph.Nodes.Select((node, index) =>
        {
            var spec = catalog.Find(node.Type);
            var state = states?.GetValueOrDefault(node.Id);
            var at = node.Position ?? new GraphPosition(index % 4 * Spacing, index / 4 * Spacing / 2);
            return new Node(
                node.Id, node.Type, at.X, at.Y,
                PortsOf(spec?.Inputs), PortsOf(spec?.Outputs),
                problemNodes.Contains(node.Id), state?.State.ToString(), state?.Text, state?.Error, state?.Preview);
        }).ToList();
        var edges = graph.Edges.Select(e => new Edge(
            new End(e.From.Node, e.From.Port), new End(e.To.Node, e.To.Port), PortKindColours.For(KindOf(graph, catalog, e.From)))).ToList();
        return new CanvasModel(nodes, edges);
    }

    /// <summary>How the canvas names an edge: <c>from.port-&gt;to.port</c>.</summary>
    public static string EdgeId(GraphEdge edge) => $"{edge.From}->{edge.To}";

    /// <summary>The edge the canvas names <c>from.port-&gt;to.port</c>; null for anything else.</summary>
    public static GraphEdge? ParseEdgeId(string id)
    {
        var arrow = id.IndexOf("->", StringComparison.Ordinal);
        return arrow > 0 && PortRef.TryParse(id[..arrow], out var from) && PortRef.TryParse(id[(arrow + 2)..], out var to)
            ? new GraphEdge(from, to)
            : null;
    }

    private static List<Port> PortsOf(IReadOnlyList<PortSpec>? ports) =>
        [.. (ports ?? []).Select(p => new Port(p.Name, p.Kind.ToString(), PortKindColours.For(p.Kind), p.Multiple))];

    private static PortKind? KindOf(PipelineGraph graph, NodeCatalog catalog, PortRef port) =>
        graph.FindNode(port.Node) is { } node ? catalog.Find(node.Type)?.FindOutput(port.Port)?.Kind : null;
}
