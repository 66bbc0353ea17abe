using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Workers.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace MediaEngine.Workers.Tests.Jobs;

public sealed class WorkerRecoveryTests
{
    [Fact]
    public async Task Worker_ShouldFinishTheJobWithoutRerunningCompletedNodes_WhenKilledMidJobAndRestarted()
    {
        await using var client = await JobHost.StartAsync(runJobs: false);
        var video = await client.VideoAsync("long.mp4", 20, "1280x720");
        var job = await client.SubmitAsync("transcode-web", "video", video);

        await using (var first = await WorkerProcess.StartAsync(client.DataPath))
        {
            try
            {
                await client.WaitForAsync(job.Id, m => m.NodeId == "poster" && m.Kind == JobEventKind.NodeFinished);
            }
            catch (TimeoutException)
            {
                await using var db = client.Db();
                var events = string.Join("\n", await db.JobEvents.Where(e => e.JobId == job.Id).Select(e => e.Kind + " " + e.NodeId + " " + e.Message).ToListAsync());
                throw new TimeoutException(first.Output + "\n" + events);
            }
            await client.WaitForAsync(job.Id, m => m.NodeId == "h264" && m.Kind == JobEventKind.NodeProgress && m.Progress > 0);
            await first.KillAsync();
        }

        await using (var db = client.Db())
        {
            var killed = await db.Jobs.Include(j => j.NodeRuns).FirstAsync(j => j.Id == job.Id, TestContext.Current.CancellationToken);
            killed.Status.ShouldBe(JobStatus.Running);
            killed.NodeRuns.Single(r => r.NodeId == "poster").State.ShouldBe(NodeRunState.Succeeded);
            killed.NodeRuns.Single(r => r.NodeId == "poster").CacheHit.ShouldBeFalse();
        }

        await using var second = await WorkerProcess.StartAsync(client.DataPath);
        var done = await client.WaitForEndAsync(job.Id, seconds: 180);

        done.Status.ShouldBe(JobStatus.Succeeded, $"{done.Error}\n{second.Output}");
        done.NodeRuns.Single(r => r.NodeId == "source").CacheHit.ShouldBeTrue();
        done.NodeRuns.Single(r => r.NodeId == "poster").CacheHit.ShouldBeTrue();
        done.NodeRuns.Single(r => r.NodeId == "h264").CacheHit.ShouldBeFalse();
        await using var after = client.Db();
        var notes = await after.JobEvents.Where(e => e.JobId == job.Id && e.Kind == JobEventKind.Log && e.NodeId == null).Select(e => e.Message).ToListAsync(TestContext.Current.CancellationToken);
        notes.ShouldContain("A worker stopped during this job; it waits for a place in its lane to resume.");
        notes.ShouldContain(n => n!.StartsWith("Resumed on", StringComparison.Ordinal));
        (await after.WorkerNodes.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(2);
        var artifacts = await after.Artifacts.Where(a => a.JobId == job.Id).Select(a => new { a.NodeId, a.PortName, a.IsPublished }).ToListAsync(TestContext.Current.CancellationToken);
        artifacts.GroupBy(a => $"{a.NodeId}.{a.PortName}").ToDictionary(g => g.Key, g => g.Count())
            .ShouldBe(new Dictionary<string, int> { ["source.video"] = 1, ["poster.image"] = 1, ["h264.video"] = 1 }, ignoreOrder: true);
        artifacts.Count(a => a.IsPublished).ShouldBe(2);
    }
}
