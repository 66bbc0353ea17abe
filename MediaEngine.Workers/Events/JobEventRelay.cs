using MediaEngine.Domain.Persistence;
using MediaEngine.Workers.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Workers.Events;

/// <summary>
/// Feeds the bus with events that workers in other processes stored, so live views work the same whether a job
/// runs here or on a remote node. Events of jobs this process runs, and events this process wrote itself (a
/// cancel request for a remote job, say), are already on the bus and are skipped. Each event is published once.
/// </summary>
/// <remarks>
/// Ids are read in order from a high-water mark. On SQL Server an identity is handed out before its transaction
/// commits, so a row can become visible after a higher id was read: every id skipped over is looked for again on
/// each pass for <see cref="Lookback"/>, and published when it appears. A jump wider than a batch is an identity
/// cache jump (after a server restart), not rows in flight, and is not waited for.
/// </remarks>
public sealed class JobEventRelay(
    IDbContextFactory<MediaEngineDbContext> contexts,
    WorkerIdentity identity,
    JobEventBus bus,
    TimeProvider clock,
    ILogger<JobEventRelay> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>How long an id skipped over is waited for.</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromSeconds(30);

    private const int Batch = 1000;
    private readonly Dictionary<long, DateTime> _missing = [];
    private long _last = -1;

    /// <summary>Starts from the newest stored event: what was stored before is read by the views themselves.</summary>
    public async Task StartFromNewestAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        _last = await db.JobEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
    }

    /// <summary>One pass: publishes what other processes stored since the last pass. Returns how many were published.</summary>
    public async Task<int> RelayAsync(CancellationToken cancellationToken)
    {
        if (_last < 0)
        {
            await StartFromNewestAsync(cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var expired in _missing.Where(m => m.Value < now).Select(m => m.Key).ToList())
        {
            _missing.Remove(expired);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = _last;
        var ids = await db.JobEvents.Where(e => e.Id > last).OrderBy(e => e.Id).Take(Batch).Select(e => e.Id).ToListAsync(cancellationToken);
        RememberGaps(ids, now);
        var wanted = ids.Concat(_missing.Keys).ToList();
        if (wanted.Count == 0)
        {
            return 0;
        }

        var self = identity.Id;
        var rows = await (
            from e in db.JobEvents.AsNoTracking()
            where wanted.Contains(e.Id)
            join j in db.Jobs on e.JobId equals j.Id
            orderby e.Id
            select new { Event = e, j.WorkerId, j.Progress }).ToListAsync(cancellationToken);
        var published = 0;
        foreach (var row in rows)
        {
            _missing.Remove(row.Event.Id);
            if (row.WorkerId is null || row.WorkerId == self || JobEventData.Origin(row.Event.DataJson) == self)
            {
                continue;
            }

            bus.Publish(JobEventData.ToMessage(row.Event, row.Progress));
            published++;
        }

        if (ids.Count > 0)
        {
            _last = ids[^1];
        }

        return published;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await StartFromNewestAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not read the newest job event; relaying from the first pass that can.");
        }

        using var timer = new PeriodicTimer(Interval, clock);
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                await RelayAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not read new job events.");
            }
        }
    }

    private void RememberGaps(List<long> ids, DateTime now)
    {
        var previous = _last;
        foreach (var id in ids)
        {
            if (id - previous - 1 is > 0 and <= Batch)
            {
                for (var missing = previous + 1; missing < id; missing++)
                {
                    _missing.TryAdd(missing, now + Lookback);
                }
            }

            previous = id;
        }
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
