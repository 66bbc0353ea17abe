using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Workers.Jobs;

/// <summary>Cancel and retry, one job or many.</summary>
public sealed class JobControlService(
    IDbContextFactory<MediaEngineDbContext> contexts,
    JobLifecycle lifecycle,
    JobDispatcher dispatcher,
    JobSubmissionService submissions,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>
    /// A queued job is cancelled at once and taken out of the queue; a running one is asked to stop and does so
    /// at its next checkpoint (child processes killed, partial files removed). Finished jobs cannot be cancelled.
    /// </summary>
    public async Task<Job> CancelAsync(Guid jobId, AuditActor actor, CancellationToken cancellationToken)
    {
        var job = await FindAsync(jobId, cancellationToken);
        if (job.Status == JobStatus.Queued)
        {
            var cancelled = await lifecycle.TryTransitionAsync(
                jobId, JobStatus.Cancelled, actor, $"Cancelled by {actor.Name} while queued", j => j.CancelRequestedAt = clock.GetUtcNow().UtcDateTime, cancellationToken, from: JobStatus.Queued);
            if (cancelled is not null)
            {
                await dispatcher.RemoveAsync(jobId, cancellationToken);
                return cancelled;
            }

            job = await FindAsync(jobId, cancellationToken); // a worker started it meanwhile
        }

        if (job.Status != JobStatus.Running)
        {
            throw new InvalidOperationException($"The job has already finished ({job.Status}); only queued or running jobs can be cancelled.");
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var asked = await db.Jobs.Where(j => j.Id == jobId && j.Status == JobStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.CancelRequestedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
            if (asked == 0)
            {
                var now = await FindAsync(jobId, cancellationToken); // it finished between reading and asking
                throw new InvalidOperationException($"The job has already finished ({now.Status}); only queued or running jobs can be cancelled.");
            }
        }

        await audit.WriteAsync(new AuditEntry(actor, "job.cancel-requested", $"job:{jobId}"), cancellationToken);
        await lifecycle.NoteAsync(jobId, $"Cancel requested by {actor.Name}; stopping at the next checkpoint.", cancellationToken);
        await dispatcher.InterruptAsync(jobId, cancellationToken);
        return job;
    }

    /// <summary>
    /// A failed or cancelled job runs again as a new attempt linked to it; cached node outputs are reused. A job is retried
    /// once: its next attempt is the one to retry after that, so attempts form one chain back to the first.
    /// </summary>
    public async Task<Job> RetryAsync(Guid jobId, AuditActor actor, CancellationToken cancellationToken)
    {
        var job = await FindAsync(jobId, cancellationToken);
        if (job.Status is not (JobStatus.Failed or JobStatus.Cancelled))
        {
            throw new InvalidOperationException($"Only a failed or cancelled job can be retried; this one is {job.Status}.");
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Jobs.AsNoTracking().Where(j => j.PreviousAttemptId == jobId).Select(j => new { j.Id, j.Attempt }).FirstOrDefaultAsync(cancellationToken) is { } later)
            {
                throw new InvalidOperationException($"The job was already retried as attempt {later.Attempt} (job {later.Id}); retry that attempt if it failed too.");
            }
        }

        var retry = await submissions.SubmitAsync(
            new JobSubmission(
                job.PresetVersionId.ToString(), JobPayload.InputsFromJson(job.InputsJson), JobPayload.SettingsFromJson(job.SettingsJson), job.Priority,
                JobPayload.ParametersFromJson(job.SettingsJson))
            {
                IsTest = job.IsTest,
                Attempt = job.Attempt + 1,
                PreviousAttemptId = job.Id,
                ScheduleId = job.ScheduleId,
                BatchId = job.BatchId,
            },
            actor,
            cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "job.retried", $"job:{jobId}", $"attempt {retry.Attempt} is job:{retry.Id}"), cancellationToken);
        return retry;
    }

    /// <summary>Applies <paramref name="action"/> to each job; one that cannot (already finished, say) is reported, not fatal.</summary>
    public async Task<BulkResult> ForEachAsync(IEnumerable<Guid> jobIds, Func<Guid, Task> action)
    {
        var done = 0;
        var refused = new List<string>();
        foreach (var id in jobIds.Distinct())
        {
            try
            {
                await action(id);
                done++;
            }
            catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or JobSubmissionException)
            {
                refused.Add($"{id:N}"[..8] + ": " + ex.Message);
            }
        }

        return new BulkResult(done, refused);
    }

    private async Task<Job> FindAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no job {jobId}.");
    }
}
