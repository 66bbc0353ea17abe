using System.Diagnostics;
using MediaEngine.Domain.Entities;
using MediaEngine.Workers.Nodes;
using MediaEngine.Workers.Tests.Support;
using Shouldly;

namespace MediaEngine.Workers.Tests.Nodes;

public sealed class SingleSchedulerGuardTests
{
    [Fact]
    public async Task Worker_ShouldRefuseToStartNamingTheSetting_WhenTheInProcessWebHostRunsJobsOnTheSameSqliteDatabase()
    {
        await using var web = await JobHost.StartAsync(runJobs: true);

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => WorkerProcess.StartAsync(web.DataPath));

        refused.Message.ShouldContain("MediaEngine:Workers:InProcess=false");
        refused.Message.ShouldContain("SQL Server");
    }

    [Fact]
    public async Task InProcessHost_ShouldRefuseToStart_WhenAStandaloneWorkerIsLiveOnTheSameSqliteDatabase()
    {
        await using var client = await JobHost.StartAsync(runJobs: false);
        await using var worker = await WorkerProcess.StartAsync(client.DataPath);

        var refused = await Should.ThrowAsync<SchedulerNodeConflictException>(() => JobHost.StartAsync(runJobs: true, dataPath: client.DataPath));

        refused.Message.ShouldContain("MediaEngine:Workers:InProcess=false");
    }

    [Fact]
    public async Task InProcessHost_ShouldStart_WhenTheOtherNodeCheckedInRecentlyButItsProcessIsGone()
    {
        await using var client = await JobHost.StartAsync(runJobs: false);
        await using (var db = client.Db())
        {
            db.WorkerNodes.Add(new WorkerNode
            {
                Id = "killed-worker", HostName = Environment.MachineName, ProcessId = await DeadProcessIdAsync(), Role = "worker",
                StartedAt = DateTime.UtcNow.AddMinutes(-1), LastCheckInAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var web = await JobHost.StartAsync(runJobs: true, dataPath: client.DataPath);

        web.Get<WorkerIdentity>().Id.ShouldNotBe("killed-worker");
    }

    private static async Task<int> DeadProcessIdAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return process.Id;
    }
}
