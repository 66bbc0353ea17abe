using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;
using Quartz;

namespace MediaEngine.Workers.Scheduling;

/// <summary>
/// Points Quartz's persistent ADO.NET job store at MediaEngine's own database. Quartz creates its QRTZ_* tables
/// itself when they are missing; our migrations never contain them.
/// </summary>
public static class QuartzStoreConfiguration
{
    public const string SchedulerName = "MediaEngine";

    public static void Configure(IQuartzBuilder quartz, DatabaseConnectionInfo database)
    {
        quartz.ConfigureScheduler(s =>
        {
            s.InstanceName = SchedulerName;
            s.GenerateInstanceId = true;
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
