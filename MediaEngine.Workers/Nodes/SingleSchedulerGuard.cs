using System.Diagnostics;
using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;
using MediaEngine.Workers.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MediaEngine.Workers.Nodes;

/// <summary>
/// On SQLite, Quartz runs unclustered, so two schedulers on one database would each recover (re-fire) the other's
/// running jobs. Before this process's scheduler starts, it checks in and refuses to go on when another node
/// checked in within the liveness window and has not stopped (a node on this host whose process is gone is dead,
/// whatever its last check-in says). With SQL Server, Quartz clustering shares the work and nothing is checked.
/// </summary>
public sealed class SingleSchedulerGuard(
    DatabaseProvider provider,
    WorkerHeartbeat heartbeat,
    WorkerIdentity identity,
    IDbContextFactory<MediaEngineDbContext> contexts,
    IOptions<WorkerOptions> options,
    TimeProvider clock) : IHostedService
{
    /// <summary>How many missed check-ins make a node dead.</summary>
    public const int MissedCheckIns = 3;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        await heartbeat.CheckInAsync(stopped: false, cancellationToken);
        var since = clock.GetUtcNow().UtcDateTime - (options.Value.CheckInInterval * MissedCheckIns);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var others = await db.WorkerNodes.AsNoTracking()
            .Where(w => w.Id != identity.Id && w.StoppedAt == null && w.LastCheckInAt >= since)
            .ToListAsync(cancellationToken);
        var live = others.FirstOrDefault(w => w.HostName != Environment.MachineName || IsRunning(w.ProcessId));
        if (live is null)
        {
            return;
        }

        await heartbeat.CheckInAsync(stopped: true, CancellationToken.None);
        throw new SchedulerNodeConflictException(
            $"Another worker node already runs jobs on this SQLite database: {live.Id} ({live.Role} on {live.HostName}, process {live.ProcessId}, " +
            $"last check-in {live.LastCheckInAt:u}). With SQLite only one process may run jobs. Set {WorkerOptions.Section}:{nameof(WorkerOptions.InProcess)}=false " +
            $"on the web host to let standalone 'mediaengine worker' nodes run them, stop the other node, or use SQL Server " +
            $"({DatabaseOptions.Section}:Provider=SqlServer) for several workers.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
    }
}
