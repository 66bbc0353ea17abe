using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace MediaEngine.Workers.Jobs;

/// <summary>
/// A job row and its Quartz job are written one after the other; a crash between the two leaves a Queued job
/// nothing will fire. When a scheduler node starts (before its scheduler does), every Queued job without a
/// Quartz job, or whose Quartz job lost its trigger, is scheduled again. Scheduling is idempotent, so nodes
/// starting together, or a submission finishing meanwhile, cannot schedule a job twice.
/// </summary>
public sealed class QueuedJobReconciler(
    IDbContextFactory<MediaEngineDbContext> contexts,
    ISchedulerFactory schedulers,
    JobDispatcher dispatcher,
    ILogger<QueuedJobReconciler> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await ReconcileAsync(cancellationToken);

    /// <summary>Schedules the Queued jobs Quartz does not know; returns how many.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var queued = await db.Jobs.AsNoTracking().Where(j => j.Status == JobStatus.Queued).OrderBy(j => j.CreatedAt).ToListAsync(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var scheduled = 0;
        foreach (var job in queued)
        {
            var key = JobKeys.For(job.Id);
            if (!await scheduler.Exists(key, cancellationToken))
            {
                scheduled += await dispatcher.EnqueueAsync(job, cancellationToken) ? 1 : 0;
            }
            else if ((await scheduler.GetTriggersOfJob(key, cancellationToken)).Count == 0)
            {
                await dispatcher.RequeueAsync(job, cancellationToken);
                scheduled++;
            }
        }

        if (scheduled > 0)
        {
            logger.LogWarning("Scheduled {Count} queued job(s) again that had no Quartz trigger (a process stopped while submitting them).", scheduled);
        }

        return scheduled;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
