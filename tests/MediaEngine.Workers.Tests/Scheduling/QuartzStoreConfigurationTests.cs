using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;
using MediaEngine.Workers.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace MediaEngine.Workers.Tests.Scheduling;

public sealed class QuartzStoreConfigurationTests
{
    [Fact]
    public async Task Scheduler_ShouldProvisionItsTablesAndPersistJobs_OnAFreshSqliteDatabase()
    {
        var folder = Directory.CreateTempSubdirectory("mediaengine-quartz-").FullName;
        var connection = $"Data Source={Path.Combine(folder, "quartz.db")};Pooling=False";
        try
        {
            var builder = Host.CreateApplicationBuilder();
            builder.AddQuartz(q => QuartzStoreConfiguration.Configure(q, new DatabaseConnectionInfo(DatabaseProvider.Sqlite, connection)));
            using var host = builder.Build();
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
            await scheduler.Start(TestContext.Current.CancellationToken);

            var job = JobBuilder.Create<NoOpJob>().WithIdentity("probe").StoreDurably().Build();
            await scheduler.AddJob(job, AddJobOptions.Replacing, TestContext.Current.CancellationToken);
            await scheduler.Shutdown(true, TestContext.Current.CancellationToken);

            var tables = await ReadTablesAsync(connection);
            tables.ShouldContain("QRTZ_JOB_DETAILS");
            tables.ShouldContain("QRTZ_TRIGGERS");
            tables.ShouldContain("QRTZ_LOCKS");
            (await ScalarAsync(connection, "SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = 'probe'")).ShouldBe(1L);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<string>> ReadTablesAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private sealed class NoOpJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
