using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Workers.Jobs;
using MediaEngine.Workers.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace MediaEngine.Workers.Tests.Jobs;

public sealed class JobCancelAndRetryTests
{
    [Fact]
    public async Task CancelAsync_ShouldKillFfmpegAndLeaveNoPartialArtifact_WhenAVideoJobIsRunning()
    {
        await using var host = await JobHost.StartAsync();
        var video = await host.VideoAsync("long.mp4", 20, "1280x720");
        var job = await host.SubmitAsync("transcode-web", "video", video);
        await host.WaitForAsync(job.Id, m => m.NodeId == "h264" && m.Kind == JobEventKind.NodeProgress && m.Progress > 0);
        ChildProcesses.Named("ffmpeg").ShouldNotBeEmpty();

        await host.Get<JobControlService>().CancelAsync(job.Id, JobHost.Tester, TestContext.Current.CancellationToken);
        var done = await host.WaitForEndAsync(job.Id);

        done.Status.ShouldBe(JobStatus.Cancelled);
        done.CancelRequestedAt.ShouldNotBeNull();
        done.NodeRuns.Single(r => r.NodeId == "h264").State.ShouldBe(NodeRunState.Cancelled);
        ChildProcesses.Named("ffmpeg").ShouldBeEmpty();
        Directory.EnumerateFiles(Path.Combine(host.DataPath, "artifacts"), "*.partial", SearchOption.AllDirectories).ShouldBeEmpty();
        var work = Path.Combine(host.DataPath, "work", job.Id.ToString("N"), "h264");
        Directory.Exists(work).ShouldBeFalse();
        await using var db = host.Db();
        (await db.Artifacts.AnyAsync(a => a.JobId == job.Id && a.NodeId == "h264", TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await db.AuditEvents.AnyAsync(a => a.Action == "job.cancel-requested" && a.Actor == "tester", TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task RetryAsync_ShouldRunANewLinkedAttemptFromTheCache_WhenTheJobWasCancelled()
    {
        await using var host = await JobHost.StartAsync();
        var video = await host.VideoAsync("long.mp4", 20, "1280x720");
        var job = await host.SubmitAsync("transcode-web", "video", video);
        await host.WaitForAsync(job.Id, m => m.NodeId == "poster" && m.Kind == JobEventKind.NodeFinished);
        await host.Get<JobControlService>().CancelAsync(job.Id, JobHost.Tester, TestContext.Current.CancellationToken);
        (await host.WaitForEndAsync(job.Id)).Status.ShouldBe(JobStatus.Cancelled);

        var retry = await host.Get<JobControlService>().RetryAsync(job.Id, JobHost.Tester, TestContext.Current.CancellationToken);
        var done = await host.WaitForEndAsync(retry.Id);

        done.Status.ShouldBe(JobStatus.Succeeded, done.Error);
        done.Attempt.ShouldBe(2);
        done.PreviousAttemptId.ShouldBe(job.Id);
        done.PresetVersionId.ShouldBe(job.PresetVersionId);
        done.NodeRuns.Single(r => r.NodeId == "poster").CacheHit.ShouldBeTrue();
        done.NodeRuns.Single(r => r.NodeId == "h264").CacheHit.ShouldBeFalse();
        await Should.ThrowAsync<InvalidOperationException>(() => host.Get<JobControlService>().RetryAsync(retry.Id, JobHost.Tester, TestContext.Current.CancellationToken));
        var again = await Should.ThrowAsync<InvalidOperationException>(() => host.Get<JobControlService>().RetryAsync(job.Id, JobHost.Tester, TestContext.Current.CancellationToken));
        again.Message.ShouldContain($"already retried as attempt 2 (job {retry.Id})");
    }

    [Fact]
    public async Task Lanes_ShouldLetImageJobsFinish_WhileTheVideoLaneIsBusy()
    {
        await using var host = await JobHost.StartAsync();
        var video = await host.VideoAsync("long.mp4", 20, "1280x720");
        var image = await host.ImageAsync();
        var videoJob = await host.SubmitAsync("transcode-web", "video", video);
        await host.WaitForAsync(videoJob.Id, m => m.Status == JobStatus.Running, j => j.Status == JobStatus.Running);
        var secondVideo = await host.SubmitAsync("transcode-web", "video", video);

        var imageJob = await host.SubmitAsync("web-images", "image", image);
        var imageDone = await host.WaitForEndAsync(imageJob.Id);

        imageDone.Status.ShouldBe(JobStatus.Succeeded);
        await using (var db = host.Db())
        {
            var states = await db.Jobs.Where(j => j.Id == videoJob.Id || j.Id == secondVideo.Id).ToDictionaryAsync(j => j.Id, j => j.Status, TestContext.Current.CancellationToken);
            states[videoJob.Id].ShouldBe(JobStatus.Running);
            states[secondVideo.Id].ShouldBe(JobStatus.Queued); // the video lane runs one at a time
        }

        var list = await host.Get<JobQueries>().FindAsync(secondVideo.Id, TestContext.Current.CancellationToken);
        list!.QueuePosition.ShouldBe(1);
        foreach (var id in new[] { videoJob.Id, secondVideo.Id })
        {
            await host.Get<JobControlService>().CancelAsync(id, JobHost.Tester, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task SubmitAsync_ShouldLoseNoJob_WhenTwoHundredArriveAtOnce()
    {
        await using var host = await JobHost.StartAsync();
        var image = await host.ImageAsync(size: "64x48");

        var jobs = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => host.SubmitAsync("web-images", "image", image))));
        var ends = await Task.WhenAll(jobs.Select(j => host.WaitForEndAsync(j.Id, seconds: 300)));

        jobs.Select(j => j.Id).Distinct().Count().ShouldBe(200);
        ends.ShouldAllBe(j => j.Status == JobStatus.Succeeded);
        await using var db = host.Db();
        (await db.Jobs.CountAsync(j => j.Status == JobStatus.Succeeded, TestContext.Current.CancellationToken)).ShouldBe(200);
    }
}
