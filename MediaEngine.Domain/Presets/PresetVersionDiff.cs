using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Presets;

/// <summary>
/// What changed from one graph to another: nodes (matched by id) added, removed, or changed in type or settings
/// (per setting, old → new, a binding shown as <c>{"$param":"accent"}</c>); edges, graph inputs and outputs added or
/// removed; parameters added, removed or changed (kind, default, choices, description). Moving a node on the canvas is not a
/// change. Lists keep the order of the graph they come from.
/// </summary>
public sealed class PresetVersionDiff
{
    private static readonly JsonSerializerOptions ValueOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private PresetVersionDiff(
        IReadOnlyList<GraphNode> addedNodes,
        IReadOnlyList<GraphNode> removedNodes,
        IReadOnlyList<NodeChange> changedNodes,
        IReadOnlyList<GraphEdge> addedEdges,
        IReadOnlyList<GraphEdge> removedEdges,
        IReadOnlyList<GraphInput> addedInputs,
        IReadOnlyList<GraphInput> removedInputs,
        IReadOnlyList<GraphOutput> addedOutputs,
        IReadOnlyList<GraphOutput> removedOutputs,
        IReadOnlyList<GraphParameter> addedParameters,
        IReadOnlyList<GraphParameter> removedParameters,
        IReadOnlyList<ParameterChange> changedParameters)
    {
        AddedParameters = addedParameters;
        RemovedParameters = removedParameters;
        ChangedParameters = changedParameters;
        AddedNodes = addedNodes;
        RemovedNodes = removedNodes;
        ChangedNodes = changedNodes;
        AddedEdges = addedEdges;
        RemovedEdges = removedEdges;
        AddedInputs = addedInputs;
        RemovedInputs = removedInputs;
        AddedOutputs = addedOutputs;
        RemovedOutputs = removedOutputs;
    }

    public IReadOnlyList<GraphNode> AddedNodes { get; }

    public IReadOnlyList<GraphNode> RemovedNodes { get; }

    public IReadOnlyList<NodeChange> ChangedNodes { get; }

    public IReadOnlyList<GraphEdge> AddedEdges { get; }

    public IReadOnlyList<GraphEdge> RemovedEdges { get; }

    public IReadOnlyList<GraphInput> AddedInputs { get; }

    public IReadOnlyList<GraphInput> RemovedInputs { get; }

    public IReadOnlyList<GraphOutput> AddedOutputs { get; }

    public IReadOnlyList<GraphOutput> RemovedOutputs { get; }

    public IReadOnlyList<GraphParameter> AddedParameters { get; }

    public IReadOnlyList<GraphParameter> RemovedParameters { get; }

    public IReadOnlyList<ParameterChange> ChangedParameters { get; }

    /// <summary>True when the two graphs run the same (they may still differ in layout, name or description).</summary>
    public bool IsEmpty =>
        AddedNodes.Count + RemovedNodes.Count + ChangedNodes.Count + AddedEdges.Count + RemovedEdges.Count
        + AddedInputs.Count + RemovedInputs.Count + AddedOutputs.Count + RemovedOutputs.Count
        + AddedParameters.Count + RemovedParameters.Count + ChangedParameters.Count == 0;

    public static PresetVersionDiff Compare(PipelineGraph from, PipelineGraph to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var fromNodes = Unique(from);
        var toNodes = Unique(to);
        var changed = new List<NodeChange>();
        foreach (var node in fromNodes)
        {
            if (to.FindNode(node.Id) is { } other && Changes(node, other) is { } change)
            {
                changed.Add(change);
            }
        }

        return new PresetVersionDiff(
            [.. toNodes.Where(n => from.FindNode(n.Id) is null)],
            [.. fromNodes.Where(n => to.FindNode(n.Id) is null)],
            changed,
            Missing(to.Edges, from.Edges),
            Missing(from.Edges, to.Edges),
            Missing(to.Inputs, from.Inputs),
            Missing(from.Inputs, to.Inputs),
            Missing(to.Outputs, from.Outputs),
            Missing(from.Outputs, to.Outputs),
            [.. to.Parameters.Where(p => from.Parameters.All(o => o.Name != p.Name)).DistinctBy(p => p.Name)],
            [.. from.Parameters.Where(p => to.Parameters.All(n => n.Name != p.Name)).DistinctBy(p => p.Name)],
            ParameterChanges(from, to));
    }

    private static List<ParameterChange> ParameterChanges(PipelineGraph from, PipelineGraph to) =>
        [.. from.Parameters.DistinctBy(p => p.Name)
            .Select(old => (Old: old, New: to.Parameters.FirstOrDefault(p => p.Name == old.Name)))
            .Where(pair => pair.New is not null && pair.New != pair.Old)
            .Select(pair => new ParameterChange(
                pair.Old.Name, pair.Old.Kind.ToString(), pair.New!.Kind.ToString(),
                ParameterValues.Display(pair.Old.Default), ParameterValues.Display(pair.New.Default)))];

    private static List<GraphNode> Unique(PipelineGraph graph) =>
        [.. graph.Nodes.Where(n => ReferenceEquals(graph.FindNode(n.Id), n))];

    private static List<T> Missing<T>(IReadOnlyList<T> items, IReadOnlyList<T> from) =>
        [.. items.Where(i => !from.Contains(i)).Distinct()];

    private static NodeChange? Changes(GraphNode old, GraphNode @new)
    {
        var (before, after) = (old.Settings, @new.Settings);
        var names = before.Select(p => p.Key).Concat(after.Select(p => p.Key).Where(k => !before.ContainsKey(k)));
        var settings = names
            .Where(name => !JsonNode.DeepEquals(before[name], after[name]) || before.ContainsKey(name) != after.ContainsKey(name))
            .Select(name => new SettingChange(name, Text(before, name), Text(after, name)))
            .ToList();
        return settings.Count == 0 && old.Type == @new.Type ? null : new NodeChange(old.Id, old.Type, @new.Type, settings);
    }

    private static string? Text(JsonObject settings, string name) =>
        settings.TryGetPropertyValue(name, out var value) ? value?.ToJsonString(ValueOptions) ?? "null" : null;
}
