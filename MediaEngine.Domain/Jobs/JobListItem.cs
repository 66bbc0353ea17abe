using MediaEngine.Domain.Entities;

namespace MediaEngine.Domain.Jobs;

/// <summary>One row of the jobs list. <see cref="QueuePosition"/> is 1 for the next job to start in its lane.</summary>
public sealed record JobListItem(
    Guid Id,
    string Title,
    string PresetSlug,
    string PresetName,
    int PresetVersion,
    JobStatus Status,
    JobPriority Priority,
    string Lane,
    int Attempt,
    double Progress,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    string? SubmittedBy,
    string? Error,
    bool IsTest)
{
    public int? QueuePosition { get; init; }

    public TimeSpan? Duration(DateTime now) => StartedAt is { } start ? (FinishedAt ?? now) - start : null;
}
