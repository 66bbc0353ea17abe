namespace MediaEngine.Domain.Graph.Editing;

/// <summary>
/// Decides whether an edge may be drawn from an output port to an input port, and if not, says why in words a person
/// understands. Used both while dragging (nothing applied) and when the edge is dropped.
/// </summary>
internal static class ConnectionRules
{
    /// <summary>Why the edge cannot be added, or <see langword="null"/> when it can.</summary>
    public static string? Refusal(PipelineGraph graph, INodeTypeResolver types, PortRef from, PortRef to)
    {
        var source = Port(graph, types, from, isOutput: true, out var refusal);
        if (refusal is not null)
        {
            return refusal;
        }

        var target = Port(graph, types, to, isOutput: false, out refusal);
        if (refusal is not null)
        {
            return refusal;
        }

        if (graph.Edges.Contains(new GraphEdge(from, to)))
        {
            return $"{from} is already connected to {to}.";
        }

        if (!GraphValidator.IsCompatible(source!.Kind, target!.Kind))
        {
            return $"{source.Kind} cannot feed {target.Kind}: kinds differ ({from} produces {source.Kind}, {to} accepts {target.Kind}).";
        }

        if (!target.Multiple && graph.IncomingEdges(to.Node).FirstOrDefault(e => e.To.Port == to.Port) is { } existing)
        {
            return $"{to} already has an input (from {existing.From}); remove that edge first.";
        }

        return PathBetween(graph, to.Node, from.Node) is { } path
            ? $"This would make a cycle: {string.Join(" → ", path.Prepend(from.Node))}."
            : null;
    }

    private static PortSpec? Port(PipelineGraph graph, INodeTypeResolver types, PortRef end, bool isOutput, out string? refusal)
    {
        refusal = null;
        var direction = isOutput ? "output" : "input";
        if (graph.FindNode(end.Node) is not { } node)
        {
            refusal = $"There is no node \"{end.Node}\" to connect {(isOutput ? "from" : "to")}.";
            return null;
        }

        if (types.Find(node.Type) is not { } spec)
        {
            refusal = $"Node \"{node.Id}\" has unknown type \"{node.Type}\", so its ports are not known.";
            return null;
        }

        var ports = isOutput ? spec.Outputs : spec.Inputs;
        var port = ports.FirstOrDefault(p => p.Name == end.Port);
        if (port is null)
        {
            var names = ports.Count == 0 ? "none" : string.Join(", ", ports.Select(p => $"\"{p.Name}\""));
            refusal = $"Node \"{node.Id}\" ({node.Type}) has no such port: no {direction} \"{end.Port}\" (its {direction}s: {names}).";
        }

        return port;
    }

    /// <summary>The shortest chain of node ids from <paramref name="start"/> to <paramref name="goal"/> along edges, or null.</summary>
    private static List<string>? PathBetween(PipelineGraph graph, string start, string goal)
    {
        var cameFrom = new Dictionary<string, string?>(StringComparer.Ordinal) { [start] = null };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var current))
        {
            if (current == goal)
            {
                var path = new List<string>();
                for (string? at = current; at is not null; at = cameFrom[at])
                {
                    path.Add(at);
                }

                path.Reverse();
                return path;
            }

            foreach (var edge in graph.OutgoingEdges(current))
            {
                if (cameFrom.TryAdd(edge.To.Node, current))
                {
                    queue.Enqueue(edge.To.Node);
                }
            }
        }

        return null;
    }
}
