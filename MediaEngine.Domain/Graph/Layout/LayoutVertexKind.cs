namespace MediaEngine.Domain.Graph.Layout;

/// <summary>What a <see cref="LayoutVertex"/> stands for.</summary>
internal enum LayoutVertexKind
{
    Input,
    Node,
    Output,

    /// <summary>A point where an edge crosses a column it skips, so the column keeps room for it.</summary>
    Waypoint,
}
