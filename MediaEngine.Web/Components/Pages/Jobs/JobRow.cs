using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Workers.Events;

namespace MediaEngine.Web.Components.Pages.Jobs;

/// <summary>
/// One row of the jobs table: the listed job, with its status, progress and times kept current by bus events between
/// reloads. Rows are equal when they show the same job, so a selection survives a reload of the page.
/// </summary>
public sealed class JobRow(JobListItem item) : IEquatable<JobRow>
{
    public JobListItem Item { get; } = item;

    public Guid Id => Item.Id;

    public JobStatus Status { get; private set; } = item.Status;

    public double Progress { get; private set; } = item.Progress;

    public DateTime? StartedAt { get; private set; } = item.StartedAt;

    public DateTime? FinishedAt { get; private set; } = item.FinishedAt;

    /// <summary>Only while the row is still queued as listed; a started job has no place in the queue.</summary>
    public int? QueuePosition => Status == JobStatus.Queued ? Item.QueuePosition : null;

    public TimeSpan? Duration(DateTime now) => StartedAt is { } start ? (FinishedAt ?? now) - start : null;

    /// <summary>Takes the job's progress and status from an event of this job; true when the row looks different.</summary>
    public bool Apply(JobEventMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.JobId != Id)
        {
            return false;
        }

        var changed = false;
        if (message.JobProgress is { } progress && !progress.Equals(Progress) && !JobStateMachine.IsTerminal(Status))
        {
            Progress = Math.Clamp(progress, 0, 100);
            changed = true;
        }

        // Only forward through the lifecycle: an older event arriving late never moves the row back.
        if (message.Kind == JobEventKind.StateChanged && message.Status is { } status && JobStateMachine.Stage(status) > JobStateMachine.Stage(Status))
        {
            Status = status;
            if (status == JobStatus.Running)
            {
                StartedAt ??= message.At;
            }
            else if (JobStateMachine.IsTerminal(status))
            {
                FinishedAt ??= message.At;
                Progress = status == JobStatus.Succeeded ? 100 : Progress;
            }

            changed = true;
        }

        return changed;
    }

    public bool Equals(JobRow? other) => other is not null && other.Id == Id;

    public override bool Equals(object? obj) => obj is JobRow other && Equals(other);

    public override int GetHashCode() => Id.GetHashCode();
}
