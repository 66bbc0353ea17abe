using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Workers.Tests.Support;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Workers.Tests.Jobs;

/// <summary>
/// Quartz clustering on a real SQL Server, when MEDIAENGINE_TEST_SQLSERVER holds a connection string (skipped, saying
/// so, otherwise): two <c>mediaengine worker</c> nodes share one database, the node running a job is killed, and the
/// other recovers the job and finishes it from the cached node outputs.
/// </summary>
public sealed class SqlServerClusterTests
{
    public const string Variable = "MEDIAENGINE_TEST_SQLSERVER";

    [Fact]
    public async Task Cluster_ShouldFinishADeadNodesJobOnTheOtherNode_WhenTheNodeRunningItIsKilled()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(server), $"SQL Server clustering test skipped: set {Variable} to a connection string to run it.");

        var connection = new SqlConnectionStringBuilder(server) { InitialCatalog = $"MediaEngineCluster_{Guid.NewGuid():N}" }.ToString();
        var settings = new Dictionary<string, string?>
        {
            ["MediaEngine:Database:Provider"] = "SqlServer",
            [DatabaseConnection.ConnectionStringSetting] = connection,
        };
        var environment = new Dictionary<string, string>
        {
            ["MediaEngine__Database__Provider"] = "SqlServer",
            ["MediaEngine__Database__ConnectionString"] = connection,
        };
        try
        {
            await using var client = await JobHost.StartAsync(runJobs: false, settings: settings);
            var video = await client.VideoAsync("long.mp4", 20, "1280x720");
            await using var first = await WorkerProcess.StartAsync(client.DataPath, environment);
            await using var second = await WorkerProcess.StartAsync(client.DataPath, environment);
            var job = await client.SubmitAsync("transcode-web", "video", video);

            await client.WaitForAsync(job.Id, m => m.NodeId == "poster" && m.Kind == JobEventKind.NodeFinished, seconds: 120);
            await client.WaitForAsync(job.Id, m => m.NodeId == "h264" && m.Kind == JobEventKind.NodeProgress && m.Progress > 0, seconds: 120);
            string runner;
            await using (var db = client.Db())
            {
                runner = (await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == job.Id, TestContext.Current.CancellationToken)).WorkerId!;
            }

            var (victim, survivor) = runner.Contains($"-{first.ProcessId}-", StringComparison.Ordinal) ? (first, second) : (second, first);
            runner.ShouldContain($"-{victim.ProcessId}-", customMessage: "one of the two worker nodes runs the job");
            await victim.KillAsync();

            // Quartz notices the dead node once its cluster check-ins stop, and the survivor recovers the job.
            var done = await client.WaitForEndAsync(job.Id, seconds: 300);

            done.Status.ShouldBe(JobStatus.Succeeded, $"{done.Error}\n{survivor.Output}");
            done.WorkerId.ShouldNotBeNull().ShouldContain($"-{survivor.ProcessId}-");
            done.NodeRuns.Single(r => r.NodeId == "poster").CacheHit.ShouldBeTrue();
            done.NodeRuns.Single(r => r.NodeId == "h264").CacheHit.ShouldBeFalse();
            await using var after = client.Db();
            var artifacts = await after.Artifacts.Where(a => a.JobId == job.Id).GroupBy(a => a.NodeId + "." + a.PortName).Select(g => g.Count()).ToListAsync(TestContext.Current.CancellationToken);
            artifacts.ShouldAllBe(count => count == 1);
        }
        finally
        {
            var options = new DbContextOptionsBuilder<SqlServerMediaEngineDbContext>().UseSqlServer(connection).Options;
            await using var db = new SqlServerMediaEngineDbContext(options);
            SqlConnection.ClearAllPools();
            await db.Database.EnsureDeletedAsync(CancellationToken.None);
        }
    }
}
