using System.Globalization;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace MediaEngine.Web.Components.Shared.Graph;

/// <summary>
/// A read-only drawing of a pipeline graph as plain SVG (no JavaScript): graph inputs as pills on the left, the nodes
/// laid out left to right by <see cref="GraphLayout"/>, graph outputs as pills on the right, edges coloured by port
/// kind. With <see cref="Statuses"/> each node shows its live state, progress, duration and cache hit; re-rendering with
/// new statuses does not lay the graph out again (only a new <see cref="Graph"/> instance does).
/// Each node is a <c>g[data-node=id][data-state=State]</c> with the class <c>me-graph__node--{state}</c>.
/// </summary>
public partial class PipelineGraphView
{
    private const int Padding = 12;
    private const int ProgressTop = 45;
    private const int ProgressHeight = 5;
    private const int IdChars = 20;
    private const int TypeChars = 26;
    private const int PillChars = 13;
    private const int CompactChars = 10;

    private static readonly NodeStatus NotRun = new(NodeRunState.Pending, 0, null, false, null);

    private PipelineGraph? _laidOutGraph;
    private (PipelineGraph Graph, INodeTypeResolver? NodeTypes)? _colouredFor;
    private GraphLayoutResult _layout = new([], [], [], [], 0, 0);
    private string[] _edgeColours = [];
    private string[] _outputColours = [];

    /// <summary>The graph to draw.</summary>
    [Parameter, EditorRequired]
    public PipelineGraph Graph { get; set; } = default!;

    /// <summary>Live status per node id; a node without one is drawn as <see cref="NodeRunState.Pending"/>.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, NodeStatus>? Statuses { get; set; }

    /// <summary>The node drawn with a selection ring.</summary>
    [Parameter]
    public string? SelectedNodeId { get; set; }

    /// <summary>Raised with the node id when a node is clicked (or activated with Enter or Space).</summary>
    [Parameter]
    public EventCallback<string> OnNodeClick { get; set; }

    /// <summary>Thumbnail mode: scaled to fit the width, nodes labelled only with their short type.</summary>
    [Parameter]
    public bool Compact { get; set; }

    /// <summary>The node catalog, to colour edges by the kind of their source port; without it edges are neutral.</summary>
    [Parameter]
    public INodeTypeResolver? NodeTypes { get; set; }

    /// <summary>Extra CSS classes per node id, for example to mark the nodes a version diff added or changed.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string>? NodeClasses { get; set; }

    /// <summary>
    /// Extra CSS classes per connection, keyed <c>from.port-&gt;to.port</c> (see <see cref="EdgeKey(GraphEdge)"/>), for
    /// example to mark the edges a version diff added or removed.
    /// </summary>
    [Parameter]
    public IReadOnlyDictionary<string, string>? EdgeClasses { get; set; }

    /// <summary>Extra CSS classes for the <c>svg</c> element.</summary>
    [Parameter]
    public string? Class { get; set; }

    /// <summary>The layout being drawn (for tests: it must survive status updates).</summary>
    internal GraphLayoutResult Layout => _layout;

    private bool Clickable => OnNodeClick.HasDelegate;

    private string SvgClass => $"me-graph{(Compact ? " me-graph--compact" : string.Empty)} {Class}".TrimEnd();

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Graph is null)
        {
            throw new InvalidOperationException($"{nameof(PipelineGraphView)} needs a {nameof(Graph)}.");
        }

        if (!ReferenceEquals(Graph, _laidOutGraph))
        {
            _layout = GraphLayout.Compute(Graph);
            _laidOutGraph = Graph;
        }

        if (_colouredFor is not { } done || !ReferenceEquals(done.Graph, Graph) || !ReferenceEquals(done.NodeTypes, NodeTypes))
        {
            _edgeColours = _layout.Edges.Select(e => PortKindColours.For(KindOf(e))).ToArray();
            _outputColours = Graph.Outputs.Select(o => PortKindColours.For(OutputKind(o.From))).ToArray();
            _colouredFor = (Graph, NodeTypes);
        }
    }

    /// <summary>"1.2 s", "3 min 5 s", "2 h 10 min".</summary>
    internal static string FormatDuration(TimeSpan duration) => duration switch
    {
        { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(duration.TotalSeconds, 0):0.0} s"),
        { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes} min {duration.Seconds} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours} h {duration.Minutes} min"),
    };

    /// <summary>How <see cref="EdgeClasses"/> names an edge: <c>resize.image-&gt;convert.image</c>.</summary>
    public static string EdgeKey(GraphEdge edge) => $"{edge.From}->{edge.To}";

    /// <summary>The key of a drawn connection; null for input bindings and output publications.</summary>
    private static string? EdgeKey(LaidOutEdge edge) =>
        edge.Role == LaidOutEdgeRole.Connection ? $"{edge.From}.{edge.FromPort}->{edge.To}.{edge.ToPort}" : null;

    private string EdgeClass(LaidOutEdge edge) =>
        EdgeKey(edge) is { } key && EdgeClasses?.GetValueOrDefault(key) is { Length: > 0 } extra ? $"me-graph__edge {extra}" : "me-graph__edge";

    private static string F(double value) => GraphSvg.F(value);

    private static string Translate(LaidOutNode box) => GraphSvg.Translate(box);

    private static string EdgePath(LaidOutEdge edge) => GraphSvg.EdgePath(edge);

    private static string Truncate(string text, int max) => GraphSvg.Truncate(text, max);

    private static string ShortType(string type) => type[(type.LastIndexOf('.') + 1)..];

    private static double ProgressWidth(LaidOutNode node, NodeStatus status) =>
        (node.Width - (2 * Padding)) * Math.Clamp(status.Progress, 0, 100) / 100;

    private static string InputTooltip(GraphInput input) =>
        $"Input \"{input.Name}\" ({input.Kind}){(input.Description is { Length: > 0 } d ? $": {d}" : string.Empty)}";

    private static string NodeLabel(string id, string type, NodeStatus status) => $"{id} ({type}): {Describe(status)}";

    private static string NodeTooltip(string id, string type, NodeStatus status) => $"{id} ({type})\n{Describe(status)}";

    private static string Describe(NodeStatus status)
    {
        var text = status.State switch
        {
            NodeRunState.Running => string.Create(CultureInfo.InvariantCulture, $"Running, {Math.Clamp(status.Progress, 0, 100):0} %"),
            NodeRunState.Failed => $"Failed: {(string.IsNullOrWhiteSpace(status.Error) ? "no error message was recorded" : status.Error)}",
            NodeRunState.Skipped => "Skipped because an upstream node failed",
            _ => status.State.ToString(),
        };
        var duration = status.Duration is { } d ? $" ({FormatDuration(d)})" : string.Empty;
        return $"{text}{duration}{(status.CacheHit ? ", from the cache" : string.Empty)}";
    }

    private NodeStatus StatusOf(string nodeId) => Statuses?.GetValueOrDefault(nodeId) ?? NotRun;

    private bool IsSelected(string nodeId) => SelectedNodeId == nodeId;

    private string NodeClass(string nodeId, NodeStatus status) =>
        $"me-graph__node me-graph__node--{status.State.ToString().ToLowerInvariant()}"
        + (Clickable ? " me-graph__node--clickable" : string.Empty)
        + (IsSelected(nodeId) ? " me-graph__node--selected" : string.Empty)
        + (NodeClasses?.GetValueOrDefault(nodeId) is { Length: > 0 } extra ? $" {extra}" : string.Empty);

    private PortKind? KindOf(LaidOutEdge edge) => edge.Role switch
    {
        LaidOutEdgeRole.InputBinding => Graph.Inputs.FirstOrDefault(i => i.Name == edge.From)?.Kind,
        _ => edge.FromPort is { } port ? OutputKind(new PortRef(edge.From, port)) : null,
    };

    private PortKind? OutputKind(PortRef port) =>
        Graph.FindNode(port.Node) is { } node ? NodeTypes?.Find(node.Type)?.FindOutput(port.Port)?.Kind : null;

    private Task ClickAsync(string nodeId) => OnNodeClick.InvokeAsync(nodeId);

    private Task KeyDownAsync(KeyboardEventArgs e, string nodeId) =>
        e.Key is "Enter" or " " ? OnNodeClick.InvokeAsync(nodeId) : Task.CompletedTask;
}
