namespace MediaEngine.Domain.Graph;

/// <summary>A directed link between two <see cref="GraphBox"/> ids: drawn from the right of one to the left of the other.</summary>
public sealed record GraphLink(string From, string To);
