namespace MediaEngine.Domain.Graph;

/// <summary>
/// A named final result of the graph: the artifacts produced at <paramref name="From"/> are published under
/// <paramref name="Name"/>.
/// </summary>
/// <param name="Name">The output name, unique within the graph.</param>
/// <param name="From">The node output port whose artifacts are published.</param>
public sealed record GraphOutput(string Name, PortRef From);
