using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Workers.Jobs;
using MediaEngine.Workers.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace MediaEngine.Workers.Tests.Jobs;

public sealed class JobPriorityTests
{
    [Fact]
    public async Task Lane_ShouldStartWaitingJobsByPriorityThenAge_WhenAHighJobArrivesAfterNormalOnes()
    {
        await using var host = await JobHost.StartAsync(settings: new Dictionary<string, string?> { ["MediaEngine:Workers:Lanes:image"] = "1" });
        var image = await host.ImageAsync(size: "64x48");
        var pool = host.Get<WorkerPool>();
        await pool.PauseAsync("priority test", JobHost.Tester, TestContext.Current.CancellationToken);
        var low = await host.SubmitAsync("web-images", "image", image, JobPriority.Low);
        var first = await host.SubmitAsync("web-images", "image", image);
        var second = await host.SubmitAsync("web-images", "image", image);
        var high = await host.SubmitAsync("web-images", "image", image, JobPriority.High);
        var expected = new[] { high.Id, first.Id, second.Id, low.Id };

        var queries = host.Get<JobQueries>();
        var positions = new List<int?>();
        foreach (var id in expected)
        {
            positions.Add((await queries.FindAsync(id, TestContext.Current.CancellationToken))!.QueuePosition);
        }

        positions.ShouldBe([1, 2, 3, 4]);
        var ends = expected.Select(id => host.WaitForEndAsync(id)).ToList();
        await pool.ResumeAsync(JobHost.Tester, TestContext.Current.CancellationToken);
        await Task.WhenAll(ends);

        await using var db = host.Db();
        var started = await db.Jobs.Where(j => expected.Contains(j.Id)).Select(j => new { j.Id, j.Status, j.StartedAt }).ToListAsync(TestContext.Current.CancellationToken);
        started.ShouldAllBe(j => j.Status == JobStatus.Succeeded);
        started.OrderBy(j => j.StartedAt).Select(j => j.Id).ShouldBe(expected);
    }
}
