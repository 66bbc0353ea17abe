namespace MediaEngine.Domain.Graph;

/// <summary>
/// A named, typed input the caller supplies. Input nodes bind to it through their setting <c>"input"</c>
/// (a string equal to <paramref name="Name"/>).
/// </summary>
/// <param name="Name">The input name, unique within the graph.</param>
/// <param name="Kind">What the caller must supply.</param>
/// <param name="Description">An optional human description.</param>
public sealed record GraphInput(string Name, PortKind Kind, string? Description = null);
