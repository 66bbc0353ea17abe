using MediaEngine.Domain.Entities;

namespace MediaEngine.Web.Components.Pages.Jobs;

/// <summary>When one node of a job ran, for the timing chart; <see cref="StartedAt"/> is null until it starts.</summary>
public sealed record NodeTiming(string NodeId, NodeRunState State, DateTime? StartedAt, DateTime? FinishedAt, bool CacheHit = false);
