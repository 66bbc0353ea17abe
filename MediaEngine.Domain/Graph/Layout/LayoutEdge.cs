namespace MediaEngine.Domain.Graph.Layout;

/// <summary>An edge between two <see cref="LayoutVertex"/> boxes, with the ports it leaves and enters by.</summary>
internal sealed record LayoutEdge(LaidOutEdgeRole Role, LayoutVertex From, string? FromPort, LayoutVertex To, string? ToPort)
{
    /// <summary>The end in the earlier column (the source, except for an edge that closes a cycle).</summary>
    public LayoutVertex Low => From.Layer <= To.Layer ? From : To;

    /// <summary>The end in the later column.</summary>
    public LayoutVertex High => From.Layer <= To.Layer ? To : From;

    /// <summary>For an edge that skips columns: one waypoint per skipped column, left to right.</summary>
    public List<LayoutVertex> Waypoints { get; } = [];

    /// <summary>The first box after <see cref="From"/> along the edge.</summary>
    public LayoutVertex NextAfterFrom => Waypoints.Count > 0 ? Waypoints[0] : To;

    /// <summary>The last box before <see cref="To"/> along the edge.</summary>
    public LayoutVertex LastBeforeTo => Waypoints.Count > 0 ? Waypoints[^1] : From;
}
