namespace MediaEngine.Domain.Graph;

/// <summary>
/// One problem found in a graph. <paramref name="NodeId"/> and <paramref name="Port"/> say where
/// (<see langword="null"/> when the problem is graph-wide); <see cref="Setting"/> and <see cref="Parameter"/> name the
/// node setting and the graph parameter involved, when there are.
/// </summary>
/// <param name="Code">What kind of problem it is.</param>
/// <param name="Message">A full sentence naming the node and port involved.</param>
/// <param name="NodeId">The node the problem is about, if any.</param>
/// <param name="Port">The port the problem is about, if any.</param>
public sealed record GraphProblem(GraphProblemCode Code, string Message, string? NodeId = null, string? Port = null)
{
    /// <summary>The node setting the problem is about (camelCase, as in the graph file), if known.</summary>
    public string? Setting { get; init; }

    /// <summary>The graph parameter the problem is about, if any.</summary>
    public string? Parameter { get; init; }

    /// <summary>An unused parameter is a warning; everything else is an error.</summary>
    public GraphProblemSeverity Severity => Code == GraphProblemCode.UnusedParameter ? GraphProblemSeverity.Warning : GraphProblemSeverity.Error;

    /// <summary>Whether the problem stops the graph from being saved or run.</summary>
    public bool IsError => Severity == GraphProblemSeverity.Error;

    /// <summary>The code and message, for logs.</summary>
    public override string ToString() => $"{Code}: {Message}";
}
