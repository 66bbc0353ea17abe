using System.Text.Json;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Workers.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaEngine.Workers.Nodes;

/// <summary>Records, on every worker node, that it is alive: its lanes, how many jobs it runs, when it last checked in.</summary>
public sealed class WorkerHeartbeat(
    WorkerIdentity identity,
    IDbContextFactory<MediaEngineDbContext> contexts,
    IOptions<WorkerOptions> options,
    TimeProvider clock,
    ILogger<WorkerHeartbeat> logger) : BackgroundService
{
    private readonly DateTime _started = clock.GetUtcNow().UtcDateTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInInterval, clock);
        do
        {
            try
            {
                await CheckInAsync(stopped: false, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Worker check-in failed; retrying in {Interval}.", options.Value.CheckInInterval);
            }
        }
        while (await WaitAsync(timer, stoppingToken));

        await CheckInAsync(stopped: true, CancellationToken.None);
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

    /// <summary>Records this node's row: alive now with its lanes and running jobs, or stopped.</summary>
    public async Task CheckInAsync(bool stopped, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var running = stopped ? 0 : await db.Jobs.CountAsync(j => j.WorkerId == identity.Id && j.Status == JobStatus.Running, cancellationToken);
        var node = await db.WorkerNodes.FirstOrDefaultAsync(w => w.Id == identity.Id, cancellationToken);
        if (node is null)
        {
            node = new WorkerNode { Id = identity.Id, HostName = Environment.MachineName, Role = options.Value.NodeRole, StartedAt = _started };
            db.WorkerNodes.Add(node);
        }

        node.ProcessId = Environment.ProcessId;
        node.LanesJson = JsonSerializer.Serialize(options.Value.Lanes);
        node.RunningJobs = running;
        node.LastCheckInAt = now;
        node.StoppedAt = stopped ? now : null;
        await db.SaveChangesAsync(cancellationToken);
    }
}
