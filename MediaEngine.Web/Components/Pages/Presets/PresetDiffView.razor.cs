using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Presets;
using MediaEngine.Web.Components.Shared.Graph;
using Microsoft.AspNetCore.Components;

namespace MediaEngine.Web.Components.Pages.Presets;

/// <summary>
/// What changed from one version to another: a list of every change (settings old → new) and both graphs, the older
/// with removed and changed nodes and removed edges marked, the newer with added and changed nodes and added edges marked.
/// </summary>
public partial class PresetDiffView
{
    private const string Added = "me-diff-node me-diff-node--added";
    private const string Removed = "me-diff-node me-diff-node--removed";
    private const string Changed = "me-diff-node me-diff-node--changed";

    private (PresetVersionInfo From, PresetVersionInfo To)? _comparedFor;
    private PresetVersionDiff? _diff;
    private PipelineGraph? _fromGraph;
    private PipelineGraph? _toGraph;
    private Dictionary<string, string> _fromClasses = [];
    private Dictionary<string, string> _toClasses = [];
    private Dictionary<string, string> _fromEdgeClasses = [];
    private Dictionary<string, string> _toEdgeClasses = [];
    private string? _error;

    [Parameter, EditorRequired]
    public PresetVersionInfo From { get; set; } = default!;

    [Parameter, EditorRequired]
    public PresetVersionInfo To { get; set; } = default!;

    [Parameter]
    public INodeTypeResolver? NodeTypes { get; set; }

    protected override void OnParametersSet()
    {
        if (_comparedFor is { } done && ReferenceEquals(done.From, From) && ReferenceEquals(done.To, To))
        {
            return;
        }

        _comparedFor = (From, To);
        _fromGraph = PresetDisplay.GraphOf(From.GraphJson);
        _toGraph = PresetDisplay.GraphOf(To.GraphJson);
        if (_fromGraph is null || _toGraph is null)
        {
            _diff = null;
            _error = $"Version {(_fromGraph is null ? From.Version : To.Version)} holds a graph that cannot be read, so the versions cannot be compared.";
            return;
        }

        _error = null;
        _diff = PresetVersionDiff.Compare(_fromGraph, _toGraph);
        var changed = _diff.ChangedNodes.Select(c => c.NodeId).ToList();
        _fromClasses = _diff.RemovedNodes.Select(n => n.Id).ToDictionary(id => id, _ => Removed);
        _toClasses = _diff.AddedNodes.Select(n => n.Id).ToDictionary(id => id, _ => Added);
        _fromEdgeClasses = _diff.RemovedEdges.ToDictionary(PipelineGraphView.EdgeKey, _ => "me-diff-edge me-diff-edge--removed");
        _toEdgeClasses = _diff.AddedEdges.ToDictionary(PipelineGraphView.EdgeKey, _ => "me-diff-edge me-diff-edge--added");
        foreach (var id in changed)
        {
            _fromClasses[id] = Changed;
            _toClasses[id] = Changed;
        }
    }
}
