namespace MediaEngine.Domain.Graph.Layout;

/// <summary>
/// The boxes and edges of a graph drawing, grouped into columns: graph inputs in column 0, each node in column
/// 1 + the longest path to it from a source, graph outputs in the column after the last node.
/// </summary>
internal sealed class LayoutGraph
{
    private LayoutGraph(List<LayoutVertex> inputs, List<LayoutVertex> nodes, List<LayoutVertex> outputs, List<LayoutEdge> edges)
    {
        Inputs = inputs;
        Nodes = nodes;
        Outputs = outputs;
        Edges = edges;
    }

    public List<LayoutVertex> Inputs { get; }

    public List<LayoutVertex> Nodes { get; }

    public List<LayoutVertex> Outputs { get; }

    /// <summary>Connections (in edge order), then input bindings, then output publications.</summary>
    public List<LayoutEdge> Edges { get; }

    /// <summary>The columns, each ordered top to bottom (kept in step with <see cref="LayoutVertex.Order"/>).</summary>
    public List<List<LayoutVertex>> Layers { get; } = [];

    /// <summary>
    /// The edges cut at their waypoints, so every segment joins neighbouring columns (except an edge closing a cycle,
    /// which is kept whole): what crossing reduction and placement work on.
    /// </summary>
    public List<LayoutEdge> Segments { get; } = [];

    /// <summary>The column of the graph outputs, right of the last node.</summary>
    public int OutputLayer { get; private set; }

    public static LayoutGraph Build(PipelineGraph graph)
    {
        var ids = graph.NodeIds();
        var inputs = graph.Inputs.Select(i => Pill(LayoutVertexKind.Input, i.Name)).ToList();
        var outputs = graph.Outputs.Select(o => Pill(LayoutVertexKind.Output, o.Name)).ToList();
        var nodes = new List<LayoutVertex>();
        var byId = new Dictionary<string, LayoutVertex>(StringComparer.Ordinal);
        foreach (var id in ids.OfType<string>())
        {
            var vertex = new LayoutVertex(LayoutVertexKind.Node, id, GraphLayout.NodeWidth, GraphLayout.NodeHeight);
            nodes.Add(vertex);
            byId[id] = vertex;
        }

        var edges = new List<LayoutEdge>();
        foreach (var edge in graph.Edges)
        {
            if (byId.TryGetValue(edge.From.Node, out var from) && byId.TryGetValue(edge.To.Node, out var to) && from != to)
            {
                edges.Add(new LayoutEdge(LaidOutEdgeRole.Connection, from, edge.From.Port, to, edge.To.Port));
            }
        }

        var inputByName = new Dictionary<string, LayoutVertex>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            inputByName.TryAdd(graph.Inputs[i].Name, inputs[i]);
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is { } id && graph.Nodes[i].GetStringSetting("input") is { } name && inputByName.TryGetValue(name, out var input))
            {
                edges.Add(new LayoutEdge(LaidOutEdgeRole.InputBinding, input, null, byId[id], null));
            }
        }

        for (var i = 0; i < outputs.Count; i++)
        {
            if (byId.TryGetValue(graph.Outputs[i].From.Node, out var source))
            {
                edges.Add(new LayoutEdge(LaidOutEdgeRole.OutputPublication, source, graph.Outputs[i].From.Port, outputs[i], null));
            }
        }

        var layout = new LayoutGraph(inputs, nodes, outputs, edges);
        layout.AssignLayers();
        layout.BuildColumns();
        return layout;
    }

    /// <summary>
    /// Any directed graph of boxes (no graph inputs or outputs): each box becomes a node vertex of its own size, each
    /// link a connection without ports. Links to unknown boxes and to the box itself are left out; repeated links are kept.
    /// </summary>
    public static LayoutGraph Build(IReadOnlyList<GraphBox> boxes, IReadOnlyList<GraphLink> links)
    {
        var nodes = new List<LayoutVertex>();
        var byId = new Dictionary<string, LayoutVertex>(StringComparer.Ordinal);
        foreach (var box in boxes)
        {
            if (!byId.ContainsKey(box.Id))
            {
                var vertex = new LayoutVertex(LayoutVertexKind.Node, box.Id, box.Width, box.Height);
                nodes.Add(vertex);
                byId[box.Id] = vertex;
            }
        }

        var edges = new List<LayoutEdge>();
        foreach (var link in links)
        {
            if (byId.TryGetValue(link.From, out var from) && byId.TryGetValue(link.To, out var to) && from != to)
            {
                edges.Add(new LayoutEdge(LaidOutEdgeRole.Connection, from, null, to, null));
            }
        }

        var layout = new LayoutGraph([], nodes, [], edges);
        layout.AssignLayers();
        layout.BuildColumns();
        return layout;
    }

    private static LayoutVertex Pill(LayoutVertexKind kind, string name) =>
        new(kind, name, GraphLayout.PillWidth, GraphLayout.PillHeight);

    private void AssignLayers()
    {
        var successors = Nodes.ToDictionary(n => n, _ => new List<LayoutVertex>());
        foreach (var edge in Edges.Where(e => e.Role == LaidOutEdgeRole.Connection))
        {
            successors[edge.From].Add(edge.To);
        }

        // Depth-first search in node order; an edge back to a node still on the stack closes a cycle and is left out
        // of the longest-path computation, so an invalid (cyclic) graph can still be drawn.
        var onStack = new HashSet<LayoutVertex>();
        var done = new HashSet<LayoutVertex>();
        var backEdges = new HashSet<(LayoutVertex, LayoutVertex)>();
        var postOrder = new List<LayoutVertex>(Nodes.Count);

        void Visit(LayoutVertex vertex)
        {
            onStack.Add(vertex);
            foreach (var next in successors[vertex])
            {
                if (onStack.Contains(next))
                {
                    backEdges.Add((vertex, next));
                }
                else if (!done.Contains(next))
                {
                    Visit(next);
                }
            }

            onStack.Remove(vertex);
            done.Add(vertex);
            postOrder.Add(vertex);
        }

        foreach (var node in Nodes.Where(n => !done.Contains(n)))
        {
            Visit(node);
        }

        foreach (var node in Nodes)
        {
            node.Layer = 1;
        }

        for (var i = postOrder.Count - 1; i >= 0; i--)
        {
            var vertex = postOrder[i];
            foreach (var next in successors[vertex].Where(n => !backEdges.Contains((vertex, n))))
            {
                next.Layer = Math.Max(next.Layer, vertex.Layer + 1);
            }
        }

        OutputLayer = Nodes.Count == 0 ? 1 : Nodes.Max(n => n.Layer) + 1;
        foreach (var output in Outputs)
        {
            output.Layer = OutputLayer;
        }
    }

    private void BuildColumns()
    {
        for (var layer = 0; layer <= OutputLayer; layer++)
        {
            Layers.Add([]);
        }

        foreach (var vertex in Inputs.Concat(Nodes).Concat(Outputs))
        {
            Add(vertex);
        }

        foreach (var edge in Edges)
        {
            if (edge.From.Layer >= edge.To.Layer)
            {
                Segments.Add(edge);
                continue;
            }

            var previous = edge.From;
            for (var layer = edge.From.Layer + 1; layer < edge.To.Layer; layer++)
            {
                var waypoint = new LayoutVertex(LayoutVertexKind.Waypoint, edge.From.Id, GraphLayout.NodeWidth, GraphLayout.WaypointHeight)
                {
                    Layer = layer,
                };
                Add(waypoint);
                edge.Waypoints.Add(waypoint);
                Segments.Add(new LayoutEdge(edge.Role, previous, edge.FromPort, waypoint, null));
                previous = waypoint;
            }

            Segments.Add(edge.Waypoints.Count == 0 ? edge : new LayoutEdge(edge.Role, previous, null, edge.To, edge.ToPort));
        }

        foreach (var segment in Segments)
        {
            segment.High.Left.Add(segment.Low);
            segment.Low.Right.Add(segment.High);
        }
    }

    private void Add(LayoutVertex vertex)
    {
        vertex.Order = Layers[vertex.Layer].Count;
        Layers[vertex.Layer].Add(vertex);
    }
}
