namespace MediaEngine.Domain.Graph.Editing;

/// <summary>
/// What came of one editing gesture: applied, or refused with a sentence saying why (the graph is then unchanged).
/// </summary>
/// <param name="Applied">The gesture changed the graph (or, for <see cref="GraphEditor.CanConnect"/>, would).</param>
/// <param name="Refusal">Why the gesture was refused, as a sentence to show the user; <see langword="null"/> when applied.</param>
/// <param name="NodeId">The new node's id, for <see cref="GraphEditor.AddNode"/> (the first new id for a paste).</param>
/// <param name="NodeIds">Every new node id, in clipboard order, for <see cref="GraphEditor.Paste"/>.</param>
public sealed record EditResult(bool Applied, string? Refusal = null, string? NodeId = null, IReadOnlyList<string>? NodeIds = null)
{
    /// <summary>A gesture that changed the graph (or would).</summary>
    public static EditResult Ok { get; } = new(true);

    /// <summary>A gesture that added one node.</summary>
    public static EditResult Added(string nodeId) => new(true, NodeId: nodeId, NodeIds: [nodeId]);

    /// <summary>A refused gesture.</summary>
    public static EditResult Refused(string reason) => new(false, reason);
}
