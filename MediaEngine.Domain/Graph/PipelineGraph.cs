using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Graph;

/// <summary>
/// An immutable pipeline: typed graph inputs, named parameters its node settings can bind to, nodes, edges between node
/// ports, and the outputs that get published.
/// The constructor accepts any content (including duplicate ids and dangling edges) so that
/// <see cref="GraphValidator"/> can report every problem; when ids repeat, the first node with the id wins.
/// </summary>
public sealed class PipelineGraph
{
    /// <summary>The newest JSON schema version this code reads and writes (2 added parameters and bindings).</summary>
    public const int CurrentSchemaVersion = 2;

    private static readonly IReadOnlyList<GraphEdge> NoEdges = [];

    private readonly Dictionary<string, GraphNode> _nodesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<GraphEdge>> _incoming;
    private readonly Dictionary<string, IReadOnlyList<GraphEdge>> _outgoing;

    /// <summary>Creates a graph; the lists are copied.</summary>
    public PipelineGraph(
        string name,
        string? description,
        IReadOnlyList<GraphInput> inputs,
        IReadOnlyList<GraphNode> nodes,
        IReadOnlyList<GraphEdge> edges,
        IReadOnlyList<GraphOutput> outputs,
        IReadOnlyList<GraphParameter>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Description = description;
        Inputs = Copy(inputs, nameof(inputs));
        Nodes = Copy(nodes, nameof(nodes));
        Edges = Copy(edges, nameof(edges));
        Outputs = Copy(outputs, nameof(outputs));
        Parameters = Copy(parameters ?? [], nameof(parameters));

        for (var i = 0; i < Nodes.Count; i++)
        {
            if (_nodesById.TryAdd(Nodes[i].Id, Nodes[i]))
            {
                _nodeIndex[Nodes[i].Id] = i;
            }
        }

        _outgoing = GroupEdges(Edges, edge => edge.From.Node);
        _incoming = GroupEdges(Edges, edge => edge.To.Node);
    }

    /// <summary>The graph name.</summary>
    public string Name { get; }

    /// <summary>An optional human description.</summary>
    public string? Description { get; }

    /// <summary>The inputs the caller supplies.</summary>
    public IReadOnlyList<GraphInput> Inputs { get; }

    /// <summary>The nodes, in authoring order (which breaks ties in <see cref="TopologicalOrder"/>).</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>The edges, in authoring order.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>The published results.</summary>
    public IReadOnlyList<GraphOutput> Outputs { get; }

    /// <summary>Named values node settings bind to with <c>{ "$param": "name" }</c> (see <see cref="GraphParameters"/>).</summary>
    public IReadOnlyList<GraphParameter> Parameters { get; }

    /// <summary>
    /// The oldest schema version that can hold this graph: 2 when it declares parameters or binds a setting, else 1,
    /// so graphs without parameters stay readable by older versions of MediaEngine.
    /// </summary>
    public int SchemaVersion =>
        Parameters.Count > 0 || Nodes.Any(n => n.Settings.Any(s => ParameterBinding.LooksLikeBinding(s.Value))) ? 2 : 1;

    /// <summary>The (first) node with the given id, or <see langword="null"/>.</summary>
    public GraphNode? FindNode(string id) => _nodesById.GetValueOrDefault(id);

    /// <summary>The edges ending at the node, in edge order.</summary>
    public IReadOnlyList<GraphEdge> IncomingEdges(string nodeId) => _incoming.TryGetValue(nodeId, out var list) ? list : NoEdges;

    /// <summary>The edges starting at the node, in edge order.</summary>
    public IReadOnlyList<GraphEdge> OutgoingEdges(string nodeId) => _outgoing.TryGetValue(nodeId, out var list) ? list : NoEdges;

    /// <summary>
    /// Node ids in dependency order: every node comes after the nodes it takes input from. Deterministic: among nodes
    /// that are ready at the same time, the one earlier in <see cref="Nodes"/> comes first. Edges to or from unknown
    /// nodes are ignored.
    /// </summary>
    /// <exception cref="InvalidOperationException">The graph has a cycle; the message names the nodes on it.</exception>
    public IReadOnlyList<string> TopologicalOrder()
    {
        var ids = NodeIds();
        var pending = new int[ids.Count];
        foreach (var edge in Edges)
        {
            if (_nodeIndex.ContainsKey(edge.From.Node) && _nodeIndex.TryGetValue(edge.To.Node, out var to))
            {
                pending[to]++;
            }
        }

        var ready = new SortedSet<int>(Enumerable.Range(0, ids.Count).Where(i => pending[i] == 0 && ids[i] is not null));
        var order = new List<string>(_nodeIndex.Count);
        while (ready.Count > 0)
        {
            var index = ready.Min;
            ready.Remove(index);
            order.Add(ids[index]!);
            foreach (var edge in OutgoingEdges(ids[index]!))
            {
                if (_nodeIndex.TryGetValue(edge.To.Node, out var to) && --pending[to] == 0)
                {
                    ready.Add(to);
                }
            }
        }

        if (order.Count < _nodeIndex.Count)
        {
            var cycles = GraphCycles.Find(this).Select(c => c.Describe());
            throw new InvalidOperationException(
                $"The graph \"{Name}\" cannot be ordered because it contains a cycle: {string.Join("; ", cycles)}.");
        }

        return order;
    }

    /// <summary>Every node id that (transitively) depends on the given node, not including the node itself.</summary>
    /// <exception cref="ArgumentException">There is no node with that id.</exception>
    public IReadOnlySet<string> Downstream(string nodeId)
    {
        RequireNode(nodeId);
        var result = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([nodeId]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var edge in OutgoingEdges(current))
            {
                var next = edge.To.Node;
                if (next != nodeId && _nodeIndex.ContainsKey(next) && result.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// A copy of this graph with one node's settings replaced (used for <c>--set node.setting=value</c> overrides).
    /// This graph is left unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">There is no node with that id.</exception>
    public PipelineGraph WithNodeSettings(string nodeId, JsonObject settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var index = RequireNode(nodeId);
        var nodes = Nodes.ToArray();
        nodes[index] = nodes[index] with { Settings = settings };
        return WithNodes(nodes);
    }

    /// <summary>A copy of this graph under another name and description.</summary>
    public PipelineGraph Renamed(string name, string? description) =>
        new(name, description, Inputs, Nodes, Edges, Outputs, Parameters);

    /// <summary>A copy of this graph with other parameters (the node settings and their bindings are kept as they are).</summary>
    public PipelineGraph WithParameters(IReadOnlyList<GraphParameter> parameters) =>
        new(Name, Description, Inputs, Nodes, Edges, Outputs, parameters);

    /// <summary>A copy of this graph with other nodes.</summary>
    internal PipelineGraph WithNodes(IReadOnlyList<GraphNode> nodes) =>
        new(Name, Description, Inputs, nodes, Edges, Outputs, Parameters);

    /// <summary>Index in <see cref="Nodes"/> of the first node with the id, or -1.</summary>
    internal int IndexOf(string nodeId) => _nodeIndex.GetValueOrDefault(nodeId, -1);

    /// <summary>Per position in <see cref="Nodes"/>: the id, or <see langword="null"/> for a repeated id.</summary>
    internal IReadOnlyList<string?> NodeIds() =>
        Nodes.Select((node, i) => _nodeIndex[node.Id] == i ? node.Id : null).ToArray();

    private int RequireNode(string nodeId)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        return _nodeIndex.TryGetValue(nodeId, out var index)
            ? index
            : throw new ArgumentException($"The graph \"{Name}\" has no node \"{nodeId}\".", nameof(nodeId));
    }

    private static IReadOnlyList<T> Copy<T>(IReadOnlyList<T> items, string parameter)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, parameter);
        var copy = items.ToArray();
        if (Array.FindIndex(copy, item => item is null) is var at and >= 0)
        {
            throw new ArgumentException($"Item {at} of {parameter} is null.", parameter);
        }

        return Array.AsReadOnly(copy);
    }

    private static Dictionary<string, IReadOnlyList<GraphEdge>> GroupEdges(
        IReadOnlyList<GraphEdge> edges, Func<GraphEdge, string> nodeOf) =>
        edges.GroupBy(nodeOf, StringComparer.Ordinal).ToDictionary(
            group => group.Key,
            group => (IReadOnlyList<GraphEdge>)Array.AsReadOnly(group.ToArray()),
            StringComparer.Ordinal);
}
