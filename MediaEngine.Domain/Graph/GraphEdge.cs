namespace MediaEngine.Domain.Graph;

/// <summary>
/// A connection from a node's output port to another node's input port.
/// </summary>
/// <param name="From">The output port that produces the artifact.</param>
/// <param name="To">The input port that consumes it.</param>
public sealed record GraphEdge(PortRef From, PortRef To)
{
    /// <summary>For example <c>resize.image → convert.image</c>.</summary>
    public override string ToString() => $"{From} → {To}";
}
