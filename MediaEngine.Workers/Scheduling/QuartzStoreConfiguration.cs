using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;
using MediaEngine.Workers.Options;
using Quartz;

namespace MediaEngine.Workers.Scheduling;

/// <summary>
/// Points Quartz's persistent ADO.NET job store at MediaEngine's own database. Quartz creates its QRTZ_* tables
/// itself when they are missing; our migrations never contain them. Lanes are Quartz execution groups with a
/// per-node limit each; a node that does not run jobs refuses every group and only submits.
/// </summary>
public static class QuartzStoreConfiguration
{
    public const string SchedulerName = "MediaEngine";

    public static void Configure(IQuartzBuilder quartz, DatabaseConnectionInfo database, WorkerOptions? workers = null)
    {
        workers ??= new WorkerOptions();
        quartz.ConfigureScheduler(s =>
        {
            s.InstanceName = SchedulerName;
            s.GenerateInstanceId = true;
            s.IdleWaitTime = workers.IdleWaitTime < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : workers.IdleWaitTime;
            // A stopping worker interrupts its jobs, which re-queue themselves to resume on the next start.
            s.ShutdownJobInterruption = ShutdownJobInterruption.Always;
        });
        quartz.UseDefaultThreadPool(Math.Max(1, workers.Lanes.Values.Sum() + 1));
        quartz.UseExecutionLimits(limits =>
        {
            foreach (var (lane, limit) in workers.Lanes)
            {
                limits.ForGroup(lane, Math.Max(0, limit));
            }

            limits.ForOtherGroups(1);
            limits.ForDefaultGroup(1);
        });
        quartz.UsePersistentStore(store =>
        {
            store.UseSystemTextJsonSerializer(_ => { });
            store.ProvisionSchema();
            if (database.Provider == DatabaseProvider.SqlServer)
            {
                store.UseSqlServer(database.ConnectionString);
                store.UseClustering(_ => { });
            }
            else
            {
                store.UseSqlite(database.ConnectionString);
            }
        });
    }
}
