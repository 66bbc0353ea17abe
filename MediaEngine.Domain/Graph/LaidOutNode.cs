namespace MediaEngine.Domain.Graph;

/// <summary>
/// A box placed by <see cref="GraphLayout"/>: a node, a graph input pill or a graph output pill. Coordinates are in
/// drawing units (CSS pixels at scale 1), with the origin at the top left and y growing downwards.
/// </summary>
/// <param name="Id">The node id, or the input or output name.</param>
/// <param name="Layer">The column: 0 for graph inputs, 1 and up for nodes (longest path from a source), last for outputs.</param>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width of the box.</param>
/// <param name="Height">Height of the box.</param>
public sealed record LaidOutNode(string Id, int Layer, double X, double Y, double Width, double Height)
{
    /// <summary>Right edge.</summary>
    public double Right => X + Width;

    /// <summary>Bottom edge.</summary>
    public double Bottom => Y + Height;

    /// <summary>Horizontal centre.</summary>
    public double CenterX => X + (Width / 2);

    /// <summary>Vertical centre.</summary>
    public double CenterY => Y + (Height / 2);

    /// <summary>Whether the two boxes share an area (touching edges do not count).</summary>
    public bool Overlaps(LaidOutNode other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
    }
}
