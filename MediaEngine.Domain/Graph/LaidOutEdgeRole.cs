namespace MediaEngine.Domain.Graph;

/// <summary>What a <see cref="LaidOutEdge"/> connects.</summary>
public enum LaidOutEdgeRole
{
    /// <summary>A graph edge: a node's output port to another node's input port.</summary>
    Connection,

    /// <summary>A graph input pill to a node bound to it through its <c>"input"</c> setting.</summary>
    InputBinding,

    /// <summary>A node's output port to the graph output pill that publishes it.</summary>
    OutputPublication,
}
