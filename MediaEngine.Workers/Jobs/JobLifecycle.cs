using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Nodes;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Workers.Jobs;

/// <summary>
/// Moves jobs through their lifecycle: every transition goes through <see cref="Job.TransitionTo"/>, is stored
/// with a state-change event, audited with its actor and announced to the live views. When two parties race
/// (a cancel and a worker starting the job), exactly one wins.
/// </summary>
public sealed class JobLifecycle(IDbContextFactory<MediaEngineDbContext> contexts, JobEventBus bus, IAuditLog audit, WorkerIdentity identity, TimeProvider clock)
{
    /// <summary>
    /// The job after the move, or null when its current state no longer allows it (or is not <paramref name="from"/>,
    /// when given).
    /// </summary>
    public async Task<Job?> TryTransitionAsync(
        Guid jobId, JobStatus next, AuditActor actor, string? message, Action<Job>? change, CancellationToken cancellationToken, JobStatus? from = null)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var job = await db.Jobs.FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken)
                ?? throw new KeyNotFoundException($"There is no job {jobId}.");
            if (!JobStateMachine.CanTransition(job.Status, next) || (from is not null && job.Status != from))
            {
                return null;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            job.TransitionTo(next, now);
            change?.Invoke(job);
            db.JobEvents.Add(new JobEvent { JobId = jobId, Kind = JobEventKind.StateChanged, At = now, Message = message ?? next.ToString(), DataJson = JobEventData.StateChanged(next, identity.Id) });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                continue; // someone else moved it first: look again
            }

            await audit.WriteAsync(new AuditEntry(actor, $"job.{next.ToString().ToLowerInvariant()}", $"job:{jobId}", message), cancellationToken);
            bus.Publish(new JobEventMessage(jobId, JobEventKind.StateChanged, now) { Status = next, Message = message, JobProgress = job.Progress });
            return job;
        }

        return null;
    }

    /// <summary>Stores and announces an event that is not a transition (a cancel request, a resume after a restart).</summary>
    public async Task NoteAsync(Guid jobId, string message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = new JobEvent { JobId = jobId, Kind = JobEventKind.Log, At = now, Message = message, DataJson = JobEventData.Note(identity.Id) };
        db.JobEvents.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        bus.Publish(new JobEventMessage(jobId, JobEventKind.Log, now) { Message = message, EventId = row.Id });
    }
}
