namespace MediaEngine.Domain.Graph;

/// <summary>
/// One problem found in a graph. <paramref name="NodeId"/> and <paramref name="Port"/> say where
/// (<see langword="null"/> when the problem is graph-wide).
/// </summary>
/// <param name="Code">What kind of problem it is.</param>
/// <param name="Message">A full sentence naming the node and port involved.</param>
/// <param name="NodeId">The node the problem is about, if any.</param>
/// <param name="Port">The port the problem is about, if any.</param>
public sealed record GraphProblem(GraphProblemCode Code, string Message, string? NodeId = null, string? Port = null)
{
    /// <summary>The code and message, for logs.</summary>
    public override string ToString() => $"{Code}: {Message}";
}
