using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Abstractions;

namespace MediaEngine.Pipelines.Execution;

/// <summary>Every node's outcome and the graph's named outputs that were produced.</summary>
public sealed record PipelineRunResult(
    IReadOnlyDictionary<string, NodeRunResult> Nodes,
    IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> Outputs)
{
    public bool Succeeded => Nodes.Values.All(n => n.State == NodeRunState.Succeeded);

    public bool Cancelled => Nodes.Values.Any(n => n.State == NodeRunState.Cancelled);

    public IEnumerable<NodeRunResult> Failures => Nodes.Values.Where(n => n.State == NodeRunState.Failed);
}
