using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Workers.Jobs;
using MediaEngine.Workers.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Shouldly;

namespace MediaEngine.Workers.Tests.Jobs;

public sealed class QueuedJobReconcilerTests
{
    [Fact]
    public async Task SchedulerStart_ShouldRunAQueuedJobOnce_WhenItsQuartzJobWasNeverWritten()
    {
        await using var client = await JobHost.StartAsync(runJobs: false);
        var image = await client.ImageAsync(size: "64x48");
        var orphan = await client.SubmitAsync("web-images", "image", image);
        var intact = await client.SubmitAsync("web-images", "image", image);
        (await client.Get<JobDispatcher>().RemoveAsync(orphan.Id, TestContext.Current.CancellationToken)).ShouldBeTrue(); // as if the process died between the two writes
        (await client.Get<JobQueries>().FindAsync(orphan.Id, TestContext.Current.CancellationToken))!.Status.ShouldBe(JobStatus.Queued);

        await using var worker = await JobHost.StartAsync(runJobs: true, dataPath: client.DataPath);
        var ends = await Task.WhenAll(worker.WaitForEndAsync(orphan.Id), worker.WaitForEndAsync(intact.Id));

        ends.ShouldAllBe(j => j.Status == JobStatus.Succeeded);
        await using var db = worker.Db();
        var starts = await db.JobEvents.Where(e => (e.JobId == orphan.Id || e.JobId == intact.Id) && e.Kind == JobEventKind.StateChanged && e.Message!.StartsWith("Started"))
            .GroupBy(e => e.JobId).Select(g => g.Count()).ToListAsync(TestContext.Current.CancellationToken);
        starts.ShouldBe([1, 1]);
    }

    [Fact]
    public async Task ReconcileAsync_ShouldScheduleNothing_WhenEveryQueuedJobHasItsTrigger()
    {
        await using var client = await JobHost.StartAsync(runJobs: false);
        var image = await client.ImageAsync(size: "64x48");
        var job = await client.SubmitAsync("web-images", "image", image);
        var reconciler = ActivatorUtilitiesFor(client);

        (await reconciler.ReconcileAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        await client.Get<JobDispatcher>().RemoveAsync(job.Id, TestContext.Current.CancellationToken);
        (await reconciler.ReconcileAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
        (await reconciler.ReconcileAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        var scheduler = await client.Get<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        (await scheduler.GetTriggersOfJob(JobKeys.For(job.Id), TestContext.Current.CancellationToken)).Count.ShouldBe(1);
    }

    private static QueuedJobReconciler ActivatorUtilitiesFor(JobHost host) =>
        Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<QueuedJobReconciler>(host.Services);
}
