namespace MediaEngine.Domain.Graph;

/// <summary>How many assets one run takes for a graph input.</summary>
public static class GraphInputCardinality
{
    /// <summary>
    /// Whether one run takes several assets for <paramref name="input"/>: an image set does, and so does any input bound
    /// to a node type that collects its graph input (<see cref="NodeTypeSpec.CollectsGraphInput"/>, e.g. a videos input
    /// feeding a concatenation). Every other input takes exactly one asset per run.
    /// </summary>
    public static bool TakesMany(PipelineGraph graph, GraphInput input, INodeTypeResolver types)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(types);
        return PortKindMedia.TakesMany(input.Kind)
            || graph.Nodes.Any(n => n.GetStringSetting("input") == input.Name && types.Find(n.Type)?.CollectsGraphInput == true);
    }
}
