namespace MediaEngine.Domain.Graph;

/// <summary>
/// A line placed by <see cref="GraphLayout"/>, from the right side of its source box to the left side of its target
/// box. Edges leaving (or entering) a box through different ports get different points, spread along its side.
/// </summary>
/// <param name="Role">What the edge connects, which says how to read <paramref name="From"/> and <paramref name="To"/>.</param>
/// <param name="From">The source node id, or the graph input name for <see cref="LaidOutEdgeRole.InputBinding"/>.</param>
/// <param name="FromPort">The source node's output port; <see langword="null"/> for an input binding.</param>
/// <param name="To">The target node id, or the graph output name for <see cref="LaidOutEdgeRole.OutputPublication"/>.</param>
/// <param name="ToPort">The target node's input port; <see langword="null"/> unless a connection.</param>
/// <param name="StartX">Horizontal start (the source box's right edge).</param>
/// <param name="StartY">Vertical start.</param>
/// <param name="EndX">Horizontal end (the target box's left edge).</param>
/// <param name="EndY">Vertical end.</param>
/// <param name="Waypoints">
/// For an edge that skips columns: the points it passes through in between, left to right, two per skipped column
/// (where it enters and leaves the column's free lane, at the same height). Empty for an edge between neighbouring
/// columns. Compared by content.
/// </param>
public sealed record LaidOutEdge(
    LaidOutEdgeRole Role,
    string From,
    string? FromPort,
    string To,
    string? ToPort,
    double StartX,
    double StartY,
    double EndX,
    double EndY,
    IReadOnlyList<GraphPosition> Waypoints)
{
    /// <summary>Value equality, comparing the waypoints by content.</summary>
    public bool Equals(LaidOutEdge? other) =>
        other is not null
        && (Role, From, FromPort, To, ToPort, StartX, StartY, EndX, EndY)
            == (other.Role, other.From, other.FromPort, other.To, other.ToPort, other.StartX, other.StartY, other.EndX, other.EndY)
        && Waypoints.SequenceEqual(other.Waypoints);

    /// <summary>Hash of everything but the waypoints (consistent with equality).</summary>
    public override int GetHashCode() => HashCode.Combine(Role, From, FromPort, To, ToPort, StartX, StartY, HashCode.Combine(EndX, EndY));
}
