using System.Text.Json.Nodes;

namespace MediaEngine.Domain.Graph.Editing;

/// <summary>
/// The editing model behind the visual workbench: applies gestures (add, move, connect, delete, settings, paste,
/// layout) to an immutable <see cref="PipelineGraph"/>, refuses the ones that would break it with a sentence saying
/// why, re-validates after every change and keeps a bounded undo history. Knows nothing about rendering: the canvas
/// reports gestures here and redraws on <see cref="Changed"/>.
/// </summary>
public sealed partial class GraphEditor
{
    /// <summary>How many steps <see cref="Undo"/> can go back.</summary>
    public const int HistoryLimit = 200;

    private readonly INodeTypeResolver _types;
    private readonly EditHistory _history = new(HistoryLimit);
    private PipelineGraph _saved;

    /// <summary>Starts editing <paramref name="initial"/>, which counts as saved.</summary>
    public GraphEditor(PipelineGraph initial, INodeTypeResolver types)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(types);
        _types = types;
        _saved = initial;
        Graph = initial;
        Problems = GraphValidator.Validate(initial, types);
    }

    /// <summary>Raised after every applied edit, undo, redo and <see cref="MarkSaved"/>.</summary>
    public event Action? Changed;

    /// <summary>The graph as edited so far.</summary>
    public PipelineGraph Graph { get; private set; }

    /// <summary>What <see cref="GraphValidator"/> finds in <see cref="Graph"/>; refreshed after every change.</summary>
    public IReadOnlyList<GraphProblem> Problems { get; private set; }

    /// <summary>Whether there is a step to undo.</summary>
    public bool CanUndo => _history.CanUndo;

    /// <summary>Whether there is an undone step to redo.</summary>
    public bool CanRedo => _history.CanRedo;

    /// <summary>Whether the graph differs in content from the initial graph or the one last marked saved.</summary>
    public bool IsDirty => !GraphEdits.SameContent(Graph, _saved);

    /// <summary>Takes the current graph as the saved one (after the caller has stored it).</summary>
    public void MarkSaved()
    {
        _saved = Graph;
        Changed?.Invoke();
    }

    /// <summary>Adds a node of the type at a position, with empty settings (the type's defaults), under a fresh id.</summary>
    public EditResult AddNode(string type, GraphPosition at)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(at);
        if (_types.Find(type) is null)
        {
            return EditResult.Refused($"There is no node type \"{type}\" in the catalog.");
        }

        var id = GraphEdits.UniqueId(type, TakenIds());
        Apply(Graph.With(nodes: [.. Graph.Nodes, new GraphNode(id, type, [], at)]));
        return EditResult.Added(id);
    }

    /// <summary>Moves one or more nodes (a multi-node drag) as one undo step.</summary>
    public EditResult MoveNodes(IReadOnlyDictionary<string, GraphPosition> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        if (positions.Count == 0)
        {
            return EditResult.Refused("No node was moved.");
        }

        if (MissingNode(positions.Keys) is { } refusal)
        {
            return refusal;
        }

        var nodes = Graph.Nodes.Select(n => positions.TryGetValue(n.Id, out var p) ? n with { Position = p } : n).ToArray();
        return ApplyIfChanged(Graph.With(nodes: nodes), "The nodes are already at those positions.");
    }

    /// <summary>Whether an edge from the output port to the input port could be added; nothing is changed.</summary>
    public EditResult CanConnect(PortRef from, PortRef to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return ConnectionRules.Refusal(Graph, _types, from, to) is { } refusal ? EditResult.Refused(refusal) : EditResult.Ok;
    }

    /// <summary>Adds an edge from the output port to the input port, after the same checks as <see cref="CanConnect"/>.</summary>
    public EditResult Connect(PortRef from, PortRef to)
    {
        var check = CanConnect(from, to);
        if (check.Applied)
        {
            Apply(Graph.With(edges: [.. Graph.Edges, new GraphEdge(from, to)]));
        }

        return check;
    }

    /// <summary>Removes one edge.</summary>
    public EditResult Disconnect(GraphEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (!Graph.Edges.Contains(edge))
        {
            return EditResult.Refused($"There is no edge {edge} to remove.");
        }

        Apply(Graph.With(edges: Graph.Edges.Where(e => e != edge).ToArray()));
        return EditResult.Ok;
    }

    /// <summary>
    /// Removes the nodes (with every edge touching them and every graph output they feed) and the edges, as one step.
    /// </summary>
    public EditResult Delete(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<GraphEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentNullException.ThrowIfNull(edges);
        if (nodeIds.Count == 0 && edges.Count == 0)
        {
            return EditResult.Refused("Nothing is selected to delete.");
        }

        if (MissingNode(nodeIds) is { } refusal)
        {
            return refusal;
        }

        if (edges.FirstOrDefault(e => !Graph.Edges.Contains(e)) is { } missing)
        {
            return EditResult.Refused($"There is no edge {missing} to remove.");
        }

        var gone = nodeIds.ToHashSet(StringComparer.Ordinal);
        var removedEdges = edges.ToHashSet();
        Apply(Graph.With(
            nodes: Graph.Nodes.Where(n => !gone.Contains(n.Id)).ToArray(),
            edges: Graph.Edges.Where(e => !removedEdges.Contains(e) && !gone.Contains(e.From.Node) && !gone.Contains(e.To.Node)).ToArray(),
            outputs: Graph.Outputs.Where(o => !gone.Contains(o.From.Node)).ToArray()));
        return EditResult.Ok;
    }

    /// <summary>Replaces the whole settings object of one node, as one step.</summary>
    public EditResult SetSettings(string nodeId, JsonObject settings)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        ArgumentNullException.ThrowIfNull(settings);
        if (MissingNode([nodeId]) is { } refusal)
        {
            return refusal;
        }

        return ApplyIfChanged(Graph.WithNodeSettings(nodeId, settings), $"The settings of \"{nodeId}\" are unchanged.");
    }

    /// <summary>Replaces the graph's named inputs (what a job is given), as one step; the validator checks their use.</summary>
    public EditResult SetInputs(IReadOnlyList<GraphInput> inputs) =>
        Duplicate(inputs.Select(i => i.Name)) is { } name
            ? EditResult.Refused($"There are two inputs named \"{name}\"; give each its own name.")
            : ApplyIfChanged(Graph.With(inputs: inputs), "The inputs are unchanged.");

    /// <summary>Replaces the graph's named outputs (what a job publishes), as one step.</summary>
    public EditResult SetOutputs(IReadOnlyList<GraphOutput> outputs) =>
        Duplicate(outputs.Select(o => o.Name)) is { } name
            ? EditResult.Refused($"There are two outputs named \"{name}\"; give each its own name.")
            : ApplyIfChanged(Graph.With(outputs: outputs), "The outputs are unchanged.");

    /// <summary>The nodes with the given ids (unknown ids are skipped) and the edges among them.</summary>
    public GraphClipboard Copy(IReadOnlyCollection<string> nodeIds)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        var chosen = nodeIds.ToHashSet(StringComparer.Ordinal);
        var nodes = Graph.Nodes.Where(n => chosen.Contains(n.Id)).DistinctBy(n => n.Id).ToArray();
        var edges = Graph.Edges.Where(e => chosen.Contains(e.From.Node) && chosen.Contains(e.To.Node)).ToArray();
        return nodes.Length == 0 ? GraphClipboard.Empty : new GraphClipboard(nodes, edges);
    }

    /// <summary>
    /// Adds the clipboard's nodes under fresh ids, shifted by <paramref name="offset"/>, with their edges remapped to
    /// the new ids, as one step. The result lists the new ids in clipboard order.
    /// </summary>
    public EditResult Paste(GraphClipboard clip, GraphPosition offset)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(offset);
        if (clip.IsEmpty)
        {
            return EditResult.Refused("The clipboard is empty: copy some nodes first.");
        }

        var taken = TakenIds();
        var newIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var added = new List<GraphNode>();
        foreach (var node in clip.Nodes.DistinctBy(n => n.Id))
        {
            var id = GraphEdits.UniqueId(node.Id, taken);
            taken.Add(id);
            newIds[node.Id] = id;
            var at = node.Position ?? new GraphPosition(0, 0);
            added.Add(node with { Id = id, Position = new GraphPosition(at.X + offset.X, at.Y + offset.Y) });
        }

        var edges = clip.Edges
            .Where(e => newIds.ContainsKey(e.From.Node) && newIds.ContainsKey(e.To.Node))
            .Select(e => new GraphEdge(e.From with { Node = newIds[e.From.Node] }, e.To with { Node = newIds[e.To.Node] }));
        Apply(Graph.With(nodes: [.. Graph.Nodes, .. added], edges: [.. Graph.Edges, .. edges]));
        var ids = added.Select(n => n.Id).ToArray();
        return new EditResult(true, NodeId: ids[0], NodeIds: ids);
    }

    /// <summary>Places every node left to right by <see cref="GraphLayout.Compute"/>, as one step.</summary>
    public EditResult AutoLayout()
    {
        if (Graph.Nodes.Count == 0)
        {
            return EditResult.Refused("There are no nodes to lay out.");
        }

        var layout = GraphLayout.Compute(Graph);
        var nodes = Graph.Nodes
            .Select(n => layout.FindNode(n.Id) is { } box ? n with { Position = new GraphPosition(box.X, box.Y) } : n)
            .ToArray();
        return ApplyIfChanged(Graph.With(nodes: nodes), "The nodes are already laid out.");
    }

    /// <summary>Goes back one step.</summary>
    public EditResult Undo()
    {
        if (!_history.CanUndo)
        {
            return EditResult.Refused("There is nothing to undo.");
        }

        Show(_history.Undo(Graph));
        return EditResult.Ok;
    }

    /// <summary>Re-applies the last undone step.</summary>
    public EditResult Redo()
    {
        if (!_history.CanRedo)
        {
            return EditResult.Refused("There is nothing to redo.");
        }

        Show(_history.Redo(Graph));
        return EditResult.Ok;
    }

    private static string? Duplicate(IEnumerable<string> names) =>
        names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;

    private HashSet<string> TakenIds() => Graph.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);

    private EditResult? MissingNode(IEnumerable<string> nodeIds) =>
        nodeIds.FirstOrDefault(id => Graph.FindNode(id) is null) is { } missing
            ? EditResult.Refused($"There is no node \"{missing}\" in the graph.")
            : null;

    private EditResult ApplyIfChanged(PipelineGraph next, string unchanged)
    {
        if (GraphEdits.SameContent(Graph, next))
        {
            return EditResult.Refused(unchanged);
        }

        Apply(next);
        return EditResult.Ok;
    }

    private void Apply(PipelineGraph next)
    {
        _history.Record(Graph);
        Show(next);
    }

    private void Show(PipelineGraph graph)
    {
        Graph = graph;
        Problems = GraphValidator.Validate(graph, _types);
        Changed?.Invoke();
    }
}
