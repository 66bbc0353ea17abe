namespace MediaEngine.Domain.Graph;

/// <summary>
/// Finds the cycles of a graph with Tarjan's strongly connected components: one <see cref="Cycle"/> per group of
/// nodes that depend on each other (a component of two or more nodes, or a node with an edge to itself).
/// Only edges between existing nodes count. Deterministic: ordered by the first node of each cycle in
/// <see cref="PipelineGraph.Nodes"/>.
/// </summary>
internal static class GraphCycles
{
    /// <summary>
    /// One cycle: <paramref name="Nodes"/> lists every node caught in it (in node order); <paramref name="Path"/> is one
    /// concrete loop through them, starting at the first of those nodes (and implicitly returning to it).
    /// </summary>
    internal sealed record Cycle(IReadOnlyList<string> Nodes, IReadOnlyList<string> Path)
    {
        /// <summary>For example <c>a → b → c → a</c>.</summary>
        public string Describe() => string.Join(" → ", Path.Append(Path[0]));
    }

    public static IReadOnlyList<Cycle> Find(PipelineGraph graph)
    {
        var ids = graph.NodeIds();
        var successors = new List<int>[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            successors[i] = ids[i] is { } id
                ? graph.OutgoingEdges(id).Select(e => graph.IndexOf(e.To.Node)).Where(t => t >= 0).Distinct().ToList()
                : [];
        }

        var components = new Tarjan(successors).Run();
        return components
            .Where(c => c.Count > 1 || successors[c[0]].Contains(c[0]))
            .Select(c => c.Order().ToArray())
            .OrderBy(c => c[0])
            .Select(c => new Cycle(
                c.Select(i => ids[i]!).ToArray(),
                ShortestLoop(c, successors).Select(i => ids[i]!).ToArray()))
            .ToArray();
    }

    /// <summary>The shortest loop from the component's first node back to itself, staying inside the component.</summary>
    private static List<int> ShortestLoop(int[] component, List<int>[] successors)
    {
        var start = component[0];
        var members = component.ToHashSet();
        var previous = new Dictionary<int, int>();
        var queue = new Queue<int>([start]);
        var last = -1;
        while (last < 0 && queue.TryDequeue(out var current))
        {
            foreach (var next in successors[current].Where(members.Contains).Order())
            {
                if (next == start)
                {
                    last = current;
                    break;
                }

                if (previous.TryAdd(next, current))
                {
                    queue.Enqueue(next);
                }
            }
        }

        var path = new List<int>();
        for (var node = last; node != start; node = previous[node])
        {
            path.Add(node);
        }

        path.Add(start);
        path.Reverse();
        return path;
    }

    private sealed class Tarjan(List<int>[] successors)
    {
        private readonly int[] _index = Enumerable.Repeat(-1, successors.Length).ToArray();
        private readonly int[] _lowLink = new int[successors.Length];
        private readonly bool[] _onStack = new bool[successors.Length];
        private readonly Stack<int> _stack = new();
        private readonly List<List<int>> _components = [];
        private int _counter;

        public List<List<int>> Run()
        {
            for (var v = 0; v < successors.Length; v++)
            {
                if (_index[v] < 0)
                {
                    Visit(v);
                }
            }

            return _components;
        }

        private void Visit(int v)
        {
            _index[v] = _lowLink[v] = _counter++;
            _stack.Push(v);
            _onStack[v] = true;
            foreach (var w in successors[v])
            {
                if (_index[w] < 0)
                {
                    Visit(w);
                    _lowLink[v] = Math.Min(_lowLink[v], _lowLink[w]);
                }
                else if (_onStack[w])
                {
                    _lowLink[v] = Math.Min(_lowLink[v], _index[w]);
                }
            }

            if (_lowLink[v] == _index[v])
            {
                var component = new List<int>();
                int w;
                do
                {
                    w = _stack.Pop();
                    _onStack[w] = false;
                    component.Add(w);
                }
                while (w != v);
                _components.Add(component);
            }
        }
    }
}
