using MediaEngine.Domain.Jobs;

namespace MediaEngine.Domain.Entities;

/// <summary>A run of one pinned preset version, as the user sees it.</summary>
public sealed class Job
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PresetVersionId { get; set; }

    public PresetVersion? PresetVersion { get; set; }

    /// <summary>The preset of <see cref="PresetVersionId"/>, kept on the job so lists filter without a join.</summary>
    public Guid PresetId { get; set; }

    /// <summary>What people call this run: the preset name and its first input, e.g. <c>Web images · beach.jpg</c>.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Change only through <see cref="TransitionTo"/>, which enforces the lifecycle.</summary>
    public JobStatus Status { get; private set; } = JobStatus.Queued;

    public JobPriority Priority { get; set; } = JobPriority.Normal;

    /// <summary>The concurrency lane it runs in, e.g. <c>video</c> or <c>image</c>.</summary>
    public string Lane { get; set; } = "default";

    /// <summary>1 for the first run; a retry is a new job with the next attempt number.</summary>
    public int Attempt { get; set; } = 1;

    public Guid? PreviousAttemptId { get; set; }

    public Guid? SubmittedById { get; set; }

    public Guid? ScheduleId { get; set; }

    /// <summary>Groups the jobs a batch (a data table or a folder) created.</summary>
    public Guid? BatchId { get; set; }

    /// <summary>A workbench test run; never in the production queue.</summary>
    public bool IsTest { get; set; }

    /// <summary>Input name → asset ids, as JSON.</summary>
    public string InputsJson { get; set; } = "{}";

    /// <summary>Setting overrides "node.setting" → value, as JSON.</summary>
    public string SettingsJson { get; set; } = "{}";

    public double Progress { get; set; }

    public string? Error { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    /// <summary>Set when someone asks to cancel a running job; the worker stops at its next checkpoint.</summary>
    public DateTime? CancelRequestedAt { get; set; }

    /// <summary>The worker node (scheduler instance) running or last running this job.</summary>
    public string? WorkerId { get; set; }

    public List<JobNodeRun> NodeRuns { get; set; } = [];

    /// <summary>Moves the job to <paramref name="next"/> or throws when the lifecycle forbids it.</summary>
    public void TransitionTo(JobStatus next, DateTime at)
    {
        JobStateMachine.EnsureCanTransition(Status, next);
        Status = next;
        if (next == JobStatus.Running)
        {
            StartedAt = at;
        }
        else if (JobStateMachine.IsTerminal(next))
        {
            FinishedAt = at;
        }
    }
}
