namespace MediaEngine.Domain.Graph.Editing;

/// <summary>
/// Copied nodes with the edges among them, ready to paste into the same or another graph. Nodes keep their original
/// ids and positions here; <see cref="GraphEditor.Paste"/> gives them fresh ids and shifts them.
/// </summary>
/// <param name="Nodes">The copied nodes, in graph order.</param>
/// <param name="Edges">The edges whose both ends are among <paramref name="Nodes"/>, in graph order.</param>
public sealed record GraphClipboard(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>A clipboard with nothing on it.</summary>
    public static GraphClipboard Empty { get; } = new([], []);

    /// <summary>Whether there is nothing to paste.</summary>
    public bool IsEmpty => Nodes.Count == 0;
}
