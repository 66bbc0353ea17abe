namespace MediaEngine.Domain.Graph.Layout;

/// <summary>
/// Orders the boxes within each column to reduce edge crossings: alternating sweeps sort each column by the
/// barycenter (mean position) of its neighbours in the columns already swept, keeping the best order seen.
/// Deterministic: sorts are stable and ties keep the current order.
/// </summary>
internal static class LayerOrdering
{
    private const int Sweeps = 4;

    public static void Apply(LayoutGraph layout)
    {
        var best = Snapshot(layout);
        var bestCrossings = CountCrossings(layout);
        for (var sweep = 0; sweep < Sweeps && bestCrossings > 0; sweep++)
        {
            var downwards = sweep % 2 == 0;
            if (downwards)
            {
                for (var layer = 1; layer < layout.Layers.Count; layer++)
                {
                    SortByBarycenter(layout, layer, v => v.Left);
                }
            }
            else
            {
                for (var layer = layout.Layers.Count - 2; layer >= 0; layer--)
                {
                    SortByBarycenter(layout, layer, v => v.Right);
                }
            }

            var crossings = CountCrossings(layout);
            if (crossings < bestCrossings)
            {
                best = Snapshot(layout);
                bestCrossings = crossings;
            }
        }

        Restore(layout, best);
    }

    /// <summary>
    /// Pairs of edge segments that swap vertical order between the columns they join (segments join neighbouring
    /// columns, except an edge closing a cycle, which is taken as a straight line across the columns it spans).
    /// </summary>
    internal static int CountCrossings(LayoutGraph layout)
    {
        var edges = layout.Segments;
        var count = 0;
        for (var i = 0; i < edges.Count; i++)
        {
            for (var j = i + 1; j < edges.Count; j++)
            {
                if (Cross(layout, edges[i], edges[j]))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static bool Cross(LayoutGraph layout, LayoutEdge a, LayoutEdge b)
    {
        if (a.Low == b.Low || a.High == b.High)
        {
            return false;
        }

        var from = Math.Max(a.Low.Layer, b.Low.Layer);
        var to = Math.Min(a.High.Layer, b.High.Layer);
        if (from >= to)
        {
            return false;
        }

        var before = PositionAt(layout, a, from) - PositionAt(layout, b, from);
        var after = PositionAt(layout, a, to) - PositionAt(layout, b, to);
        return before * after < 0;
    }

    private static double PositionAt(LayoutGraph layout, LayoutEdge edge, int layer)
    {
        var start = Position(layout, edge.Low);
        var end = Position(layout, edge.High);
        return start + ((end - start) * (layer - edge.Low.Layer) / (edge.High.Layer - edge.Low.Layer));
    }

    /// <summary>The index within the column, centred on the column's middle so columns of different heights line up.</summary>
    private static double Position(LayoutGraph layout, LayoutVertex vertex) =>
        vertex.Order - ((layout.Layers[vertex.Layer].Count - 1) / 2.0);

    private static void SortByBarycenter(LayoutGraph layout, int layer, Func<LayoutVertex, List<LayoutVertex>> neighbours)
    {
        var column = layout.Layers[layer];
        var keys = column.ToDictionary(
            v => v,
            v => neighbours(v) is { Count: > 0 } list ? list.Average(n => Position(layout, n)) : Position(layout, v));
        var sorted = column.OrderBy(v => keys[v]).ToList();
        column.Clear();
        column.AddRange(sorted);
        Renumber(column);
    }

    private static void Renumber(List<LayoutVertex> column)
    {
        for (var i = 0; i < column.Count; i++)
        {
            column[i].Order = i;
        }
    }

    private static List<List<LayoutVertex>> Snapshot(LayoutGraph layout) => layout.Layers.Select(c => c.ToList()).ToList();

    private static void Restore(LayoutGraph layout, List<List<LayoutVertex>> snapshot)
    {
        for (var layer = 0; layer < layout.Layers.Count; layer++)
        {
            layout.Layers[layer].Clear();
            layout.Layers[layer].AddRange(snapshot[layer]);
            Renumber(layout.Layers[layer]);
        }
    }
}
