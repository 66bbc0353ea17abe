using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;

namespace MediaEngine.Pipelines.Execution;

/// <summary>Run <see cref="Graph"/> on <see cref="Inputs"/> (graph input name → stored source artifacts).</summary>
public sealed record PipelineRunRequest(PipelineGraph Graph, IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> Inputs)
{
    /// <summary>Values for the graph's parameters over their defaults (name → value); applied to bound settings before the run.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Parameters { get; init; } = new Dictionary<string, JsonNode?>();

    /// <summary>How many independent nodes may run at once.</summary>
    public int MaxParallelism { get; init; } = 2;

    /// <summary>Reuse cached node outputs whose key matches.</summary>
    public bool UseCache { get; init; } = true;

    public Guid RunId { get; init; } = Guid.NewGuid();

    /// <summary>The job this run belongs to, for lineage; null for command-line runs.</summary>
    public Guid? JobId { get; init; }

    /// <summary>The exact preset version being run, for lineage; null for a graph from a file.</summary>
    public Guid? PresetVersionId { get; init; }

    /// <summary>Marks what the graph's outputs write as published (the gallery's outputs). Test runs publish nothing.</summary>
    public bool Publish { get; init; } = true;
}
