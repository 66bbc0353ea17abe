using MediaEngine.Domain.Entities;

namespace MediaEngine.Web.Components.Shared.Graph;

/// <summary>What a <see cref="PipelineGraphView"/> shows about one node of a run.</summary>
/// <param name="State">Where the node is in its run.</param>
/// <param name="Progress">Percent done, 0 to 100 (drawn as a bar while <see cref="NodeRunState.Running"/>).</param>
/// <param name="Duration">How long the node ran (or has been running), when known.</param>
/// <param name="CacheHit">The node's outputs came from the cache instead of running it.</param>
/// <param name="Error">What went wrong, for a failed node.</param>
public sealed record NodeStatus(NodeRunState State, double Progress, TimeSpan? Duration, bool CacheHit, string? Error);
