using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Workers.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Workers.Events;

/// <summary>
/// Feeds the bus with events that workers in other processes stored, so live views work the same whether a job
/// runs here or on a remote node. Events of jobs this process runs are already on the bus and are skipped.
/// </summary>
public sealed class JobEventRelay(
    IDbContextFactory<MediaEngineDbContext> contexts,
    WorkerIdentity identity,
    JobEventBus bus,
    TimeProvider clock,
    ILogger<JobEventRelay> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var self = identity.Id;
        long last;
        await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
        {
            last = await db.JobEvents.MaxAsync(e => (long?)e.Id, stoppingToken) ?? 0;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                last = await RelayAsync(self, last, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not read new job events.");
            }
        }
    }

    private async Task<long> RelayAsync(string self, long last, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var newest = await db.JobEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? last;
        if (newest <= last)
        {
            return last;
        }

        var rows = await db.JobEvents.AsNoTracking()
            .Where(e => e.Id > last && e.Id <= newest)
            .Join(db.Jobs.Where(j => j.WorkerId != null && j.WorkerId != self), e => e.JobId, j => j.Id, (e, j) => new { Event = e, j.Progress })
            .OrderBy(x => x.Event.Id)
            .Take(1000)
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            bus.Publish(ToMessage(row.Event, row.Progress));
        }

        return rows.Count == 1000 ? rows[^1].Event.Id : newest;
    }

    private static JobEventMessage ToMessage(JobEvent e, double jobProgress)
    {
        var status = e.Kind == JobEventKind.StateChanged && e.DataJson is { } data
            ? Enum.GetValues<JobStatus>().FirstOrDefault(s => data.Contains($"\"{s}\"", StringComparison.Ordinal))
            : (JobStatus?)null;
        return new JobEventMessage(e.JobId, e.Kind, e.At)
        {
            NodeId = e.NodeId,
            Status = status,
            Progress = e.Progress,
            JobProgress = jobProgress,
            Message = e.Message,
            EventId = e.Id,
            NodeState = e.Kind switch
            {
                JobEventKind.NodeStarted or JobEventKind.NodeProgress => NodeRunState.Running,
                JobEventKind.NodeFinished => Enum.GetValues<NodeRunState>().FirstOrDefault(s => e.DataJson?.Contains($"\"{s}\"", StringComparison.Ordinal) == true),
                _ => null,
            },
            CacheHit = e.DataJson?.Contains("\"cacheHit\":true", StringComparison.Ordinal) == true,
        };
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
