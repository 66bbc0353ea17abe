using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Abstractions;

namespace MediaEngine.Pipelines.Execution;

/// <summary>How one node's run ended.</summary>
public sealed record NodeRunResult(
    string NodeId,
    string TypeId,
    NodeRunState State,
    TimeSpan Duration,
    bool CacheHit,
    IReadOnlyList<(string Port, ArtifactRef Artifact)> Outputs,
    string? Error = null,
    string? CacheKey = null);
