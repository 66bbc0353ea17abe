using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Graph;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>
/// Draws a <see cref="LineageGraph"/> as plain SVG laid out on the server by <see cref="GraphLayout"/>, every recorded
/// edge included. The artifact it was drawn for is outlined; input edges are solid, "wrote" and "ran" edges dashed.
/// Each box is a <c>g[data-testid=lineage-node][data-key][data-kind]</c>.
/// </summary>
public partial class LineageGraphView
{
    /// <summary>The size of an asset or artifact box (room for a thumbnail and two lines).</summary>
    public const double FileWidth = 220;

    public const double FileHeight = 64;

    public const double JobWidth = 220;

    public const double JobHeight = 48;

    public const double VersionWidth = 170;

    public const double VersionHeight = 40;

    private LineageGraph? _laidOut;
    private GraphLayoutResult _layout = new([], [], [], [], 0, 0);
    private Dictionary<string, LineageNode> _nodes = [];
    private LineageEdgeKind[] _edgeKinds = [];

    [Parameter, EditorRequired]
    public LineageGraph Graph { get; set; } = default!;

    /// <summary>Raised when a source asset is clicked (or activated with Enter or Space).</summary>
    [Parameter]
    public EventCallback<LineageNode> OnAssetClick { get; set; }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Graph, _laidOut))
        {
            return;
        }

        _laidOut = Graph;
        _nodes = Graph.Nodes.ToDictionary(n => n.Key);
        var boxes = Graph.Nodes.Select(n => n.Kind switch
        {
            LineageNodeKind.Job => new GraphBox(n.Key, JobWidth, JobHeight),
            LineageNodeKind.PresetVersion => new GraphBox(n.Key, VersionWidth, VersionHeight),
            _ => new GraphBox(n.Key, FileWidth, FileHeight),
        }).ToList();
        var links = Graph.Edges.Select(e => new GraphLink(e.From, e.To)).ToList();
        _layout = GraphLayout.Compute(boxes, links);

        // Edges come back in link order, without the ones the layout could not place (none here: every end is a node).
        var kinds = Graph.Edges.ToLookup(e => (e.From, e.To), e => e.Kind);
        var used = new Dictionary<(string, string), int>();
        _edgeKinds = [.. _layout.Edges.Select(e =>
        {
            var key = (e.From, e.To);
            var index = used.GetValueOrDefault(key);
            used[key] = index + 1;
            return kinds[key].ElementAt(index);
        })];
    }

    /// <summary>Where a box leads: an artifact to its page, a job to the job, a preset version to the preset at that version.</summary>
    internal static string? HrefOf(LineageNode node) => node.Kind switch
    {
        LineageNodeKind.Artifact => GalleryDisplay.ArtifactUrl(node.Id),
        LineageNodeKind.Job => GalleryDisplay.JobUrl(node.Id),
        LineageNodeKind.PresetVersion when node.PresetSlug is { } slug && node.PresetVersion is { } version => GalleryDisplay.PresetVersionUrl(slug, version),
        _ => null,
    };

    private string NodeClass(LineageNode node) =>
        $"me-graph__node me-lineage__node me-lineage__node--{node.Kind.ToString().ToLowerInvariant()}"
        + (node.Key == Graph.RootKey ? " me-lineage__node--root" : string.Empty)
        + (node.IsAvailable ? string.Empty : " me-lineage__node--gone")
        + (HrefOf(node) is not null || node.Kind == LineageNodeKind.Asset ? " me-graph__node--clickable" : string.Empty);

    private static string AriaLabel(LineageNode node) => node.Kind switch
    {
        LineageNodeKind.Artifact => $"Open output {node.Label}",
        LineageNodeKind.Job => $"Open job {node.Label}",
        LineageNodeKind.PresetVersion => $"Open preset {node.Label}",
        _ => $"Open source asset {node.Label}",
    };

    private static string Tooltip(LineageNode node) => $"{node.Label}\n{node.Detail}";

    private Task KeyAsync(KeyboardEventArgs e, LineageNode node) =>
        e.Key is "Enter" or " " ? OnAssetClick.InvokeAsync(node) : Task.CompletedTask;
}
