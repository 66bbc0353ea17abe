using MediaEngine.Domain.Auditing;
using Quartz;

namespace MediaEngine.Workers.Jobs;

/// <summary>
/// Pauses and resumes the whole worker pool for maintenance, through Quartz's pause of the production trigger
/// group (stored in the database, so every node sees it): running jobs finish, queued and new ones wait.
/// Test runs are not paused.
/// </summary>
public sealed class WorkerPool(ISchedulerFactory schedulers, IAuditLog audit, TimeProvider clock)
{
    private static readonly GroupMatcher<TriggerKey> Production = GroupMatcher<TriggerKey>.GroupEquals(JobKeys.ProductionTriggers);

    /// <summary>Raised in this process after a pause or resume made here.</summary>
    public event Action<WorkerPoolState>? Changed;

    public async Task<WorkerPoolState> GetStateAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (!await scheduler.IsTriggerGroupPaused(JobKeys.ProductionTriggers, cancellationToken))
        {
            return WorkerPoolState.Running;
        }

        var pause = await scheduler.GetTriggerGroupPause(JobKeys.ProductionTriggers, cancellationToken);
        return new WorkerPoolState(true, pause?.Reason, pause?.RequestedBy, pause?.PausedAtUtc.UtcDateTime);
    }

    public async Task<WorkerPoolState> PauseAsync(string? reason, AuditActor actor, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        reason = string.IsNullOrWhiteSpace(reason) ? "Maintenance" : reason.Trim();
        await scheduler.PauseTriggerGroupsWith(Production, new PauseDetails { Reason = reason, RequestedBy = actor.Name }, cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "workers.paused", "workers", reason), cancellationToken);
        var state = new WorkerPoolState(true, reason, actor.Name, clock.GetUtcNow().UtcDateTime);
        Changed?.Invoke(state);
        return state;
    }

    public async Task<WorkerPoolState> ResumeAsync(AuditActor actor, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ResumeTriggerGroups(Production, cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "workers.resumed", "workers"), cancellationToken);
        Changed?.Invoke(WorkerPoolState.Running);
        return WorkerPoolState.Running;
    }
}
