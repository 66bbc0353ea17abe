namespace MediaEngine.Domain.Graph.Layout;

/// <summary>
/// Turns the edges into end points. Each box side gets one point per distinct port used on it, spread evenly along
/// the side and ordered by the height of the boxes at the other end, so edges of different ports do not cross at
/// the box; edges of the same port share their point. An edge that skips columns runs straight through each of them
/// at the height of its waypoint, where the column keeps room for it.
/// </summary>
internal static class EdgeRouting
{
    public static IReadOnlyList<LaidOutEdge> Route(LayoutGraph layout)
    {
        var starts = Slots(layout.Edges, e => e.From, e => e.FromPort, e => e.NextAfterFrom);
        var ends = Slots(layout.Edges, e => e.To, e => e.ToPort, e => e.LastBeforeTo);
        return layout.Edges
            .Select(e => new LaidOutEdge(
                e.Role,
                e.From.Id,
                e.FromPort,
                e.To.Id,
                e.ToPort,
                e.From.X + e.From.Width,
                starts[(e.From, e.FromPort ?? string.Empty)],
                e.To.X,
                ends[(e.To, e.ToPort ?? string.Empty)],
                e.Waypoints.SelectMany(Crossing).ToArray()))
            .ToArray();
    }

    /// <summary>An edge crosses a skipped column straight, at its waypoint's height.</summary>
    private static IEnumerable<GraphPosition> Crossing(LayoutVertex waypoint) =>
        [new(waypoint.X, waypoint.CenterY), new(waypoint.X + waypoint.Width, waypoint.CenterY)];

    private static Dictionary<(LayoutVertex, string), double> Slots(
        List<LayoutEdge> edges,
        Func<LayoutEdge, LayoutVertex> box,
        Func<LayoutEdge, string?> port,
        Func<LayoutEdge, LayoutVertex> otherEnd)
    {
        var slots = new Dictionary<(LayoutVertex, string), double>();
        foreach (var side in edges.GroupBy(box))
        {
            var vertex = side.Key;
            var ports = side
                .GroupBy(e => port(e) ?? string.Empty, StringComparer.Ordinal)
                .OrderBy(g => g.Average(e => otherEnd(e).CenterY))
                .Select(g => g.Key)
                .ToList();
            var top = vertex.CenterY - (vertex.Height / 2);
            for (var i = 0; i < ports.Count; i++)
            {
                slots[(vertex, ports[i])] = top + (vertex.Height * (i + 1) / (ports.Count + 1));
            }
        }

        return slots;
    }
}
