using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;

namespace MediaEngine.Workers.Events;

/// <summary>
/// One thing that happened in a job, as the live views receive it: a job state change, a node starting,
/// progressing or finishing, or a log line. <see cref="JobProgress"/> is the whole job's progress (0–100).
/// </summary>
public sealed record JobEventMessage(Guid JobId, JobEventKind Kind, DateTime At)
{
    public string? NodeId { get; init; }

    public JobStatus? Status { get; init; }

    public NodeRunState? NodeState { get; init; }

    /// <summary>The node's progress (0–100) for node events.</summary>
    public double? Progress { get; init; }

    public double? JobProgress { get; init; }

    public string? Message { get; init; }

    public TimeSpan? Duration { get; init; }

    public bool CacheHit { get; init; }

    /// <summary>The stored event's id, when it came from the database; 0 for an in-process event.</summary>
    public long EventId { get; init; }
}
