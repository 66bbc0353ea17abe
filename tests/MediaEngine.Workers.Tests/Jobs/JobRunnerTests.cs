using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Workers.Jobs;
using MediaEngine.Workers.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Shouldly;

namespace MediaEngine.Workers.Tests.Jobs;

public sealed class JobRunnerTests
{
    [Fact]
    public async Task RunAsync_ShouldSucceedWithNodeRunsArtifactsEventsAndAudit_WhenWebImagesRunsOnARealImage()
    {
        await using var host = await JobHost.StartAsync();
        var image = await host.ImageAsync();

        var job = await host.SubmitAsync("web-images", "image", image);
        job.Status.ShouldBe(JobStatus.Queued);
        job.Lane.ShouldBe("image");
        var done = await host.WaitForEndAsync(job.Id);

        done.Status.ShouldBe(JobStatus.Succeeded, done.Error);
        done.StartedAt.ShouldNotBeNull();
        done.FinishedAt.ShouldNotBeNull();
        done.Progress.ShouldBe(100);
        done.NodeRuns.ShouldAllBe(r => r.State == NodeRunState.Succeeded);
        await using var db = host.Db();
        var artifacts = await db.Artifacts.Where(a => a.JobId == job.Id).ToListAsync(TestContext.Current.CancellationToken);
        artifacts.ShouldContain(a => a.IsPublished && a.PresetVersionId == job.PresetVersionId);
        var events = await db.JobEvents.Where(e => e.JobId == job.Id).ToListAsync(TestContext.Current.CancellationToken);
        events.Count(e => e.Kind == JobEventKind.StateChanged).ShouldBe(3); // queued, running, succeeded
        events.ShouldContain(e => e.Kind == JobEventKind.NodeFinished);
        var audit = await db.AuditEvents.Where(a => a.Target == $"job:{job.Id}").Select(a => a.Action).ToListAsync(TestContext.Current.CancellationToken);
        audit.ShouldBe(["job.submitted", "job.running", "job.succeeded"], ignoreOrder: true);
    }

    [Fact]
    public async Task RunAsync_ShouldPublishNothing_WhenTheJobIsAWorkbenchTestRun()
    {
        await using var host = await JobHost.StartAsync();
        var image = await host.ImageAsync();
        var submission = new JobSubmission("web-images", new Dictionary<string, IReadOnlyList<Guid>> { ["image"] = [image.Id] }) { IsTest = true };

        var job = await host.Get<JobSubmissionService>().SubmitAsync(submission, JobHost.Tester, CancellationToken.None);
        var done = await host.WaitForEndAsync(job.Id);

        done.Status.ShouldBe(JobStatus.Succeeded, done.Error);
        job.Lane.ShouldBe("test");
        await using var db = host.Db();
        var artifacts = await db.Artifacts.Where(a => a.JobId == job.Id).ToListAsync(TestContext.Current.CancellationToken);
        artifacts.ShouldNotBeEmpty();
        artifacts.ShouldAllBe(a => !a.IsPublished);
    }

    [Fact]
    public async Task RunAsync_ShouldJoinSeveralVideosInOneJob_WhenTheInputNodeCollectsThem()
    {
        await using var host = await JobHost.StartAsync();
        var (first, second) = (await host.VideoAsync("part-1.mp4", 1), await host.VideoAsync("part-2.mp4", 1));
        var submission = new JobSubmission("stitch-parts", new Dictionary<string, IReadOnlyList<Guid>> { ["parts"] = [first.Id, second.Id] });

        var job = await host.Get<JobSubmissionService>().SubmitAsync(submission, JobHost.Tester, CancellationToken.None);
        var done = await host.WaitForEndAsync(job.Id);

        done.Status.ShouldBe(JobStatus.Succeeded, done.Error);
        await using var db = host.Db();
        var joined = await db.Artifacts.SingleAsync(a => a.JobId == job.Id && a.IsPublished, TestContext.Current.CancellationToken);
        joined.DurationSeconds!.Value.ShouldBe(2, tolerance: 0.2);
    }

    [Fact]
    public async Task RunAsync_ShouldHandARecoveredJobBackToItsLane_InsteadOfRunningItOnTheRecoveryTrigger()
    {
        await using var host = await JobHost.StartAsync(runJobs: false);
        var job = await host.SubmitAsync("web-images", "image", await host.ImageAsync());

        await host.Get<JobRunner>().RunAsync(job.Id, "recovering-node", recovering: true, TestContext.Current.CancellationToken);

        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var triggers = await scheduler.GetTriggersOfJob(JobKeys.For(job.Id), TestContext.Current.CancellationToken);
        var resume = triggers.Where(t => t.Key.Name.Contains("-resume-", StringComparison.Ordinal)).ShouldHaveSingleItem();
        (resume.ExecutionGroup, resume.Key.Group).ShouldBe(("image", JobKeys.ProductionTriggers));
        await using var db = host.Db();
        (await db.Jobs.SingleAsync(j => j.Id == job.Id, TestContext.Current.CancellationToken)).Status.ShouldBe(JobStatus.Queued, "it runs when its lane fires it");
    }

    [Fact]
    public async Task SubmitAsync_ShouldRefuseSeveralAssets_WhenTheInputTakesOne()
    {
        await using var host = await JobHost.StartAsync(runJobs: false);
        var (first, second) = (await host.VideoAsync("a.mp4", 1), await host.VideoAsync("b.mp4", 1));

        var error = await Should.ThrowAsync<JobSubmissionException>(() => host.Get<JobSubmissionService>().SubmitAsync(
            new JobSubmission("transcode-web", new Dictionary<string, IReadOnlyList<Guid>> { ["video"] = [first.Id, second.Id] }),
            JobHost.Tester, TestContext.Current.CancellationToken));

        error.Problems.ShouldHaveSingleItem().Message.ShouldContain("takes one Video asset; 2 were given");
    }

    [Fact]
    public async Task SubmitAsync_ShouldReportEveryProblemAtOnce_WhenPresetInputsAndSettingsAreWrong()
    {
        await using var host = await JobHost.StartAsync(runJobs: false);
        var video = await host.VideoAsync("clip.mp4", 1);
        var submissions = host.Get<JobSubmissionService>();

        var error = await Should.ThrowAsync<JobSubmissionException>(() => submissions.SubmitAsync(
            new JobSubmission("web-images", new Dictionary<string, IReadOnlyList<Guid>> { ["image"] = [video.Id], ["extra"] = [Guid.NewGuid()] },
                new Dictionary<string, System.Text.Json.Nodes.JsonNode?> { ["nosuchnode.width"] = 10 }),
            JobHost.Tester, TestContext.Current.CancellationToken));

        error.Problems.Select(p => p.Field).ShouldBe(["settings.nosuchnode.width", "inputs.extra", "inputs.image"], ignoreOrder: true);
        error.Problems.ShouldContain(p => p.Message.Contains("is Video"));
        var unknown = await Should.ThrowAsync<JobSubmissionException>(() => submissions.SubmitAsync(
            new JobSubmission("no-such-preset@2", new Dictionary<string, IReadOnlyList<Guid>>()), JobHost.Tester, TestContext.Current.CancellationToken));
        unknown.Problems.ShouldHaveSingleItem().Field.ShouldBe("preset");
        await using var db = host.Db();
        (await db.Jobs.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task CancelAsync_ShouldCancelAndDequeue_WhenTheJobIsStillQueued()
    {
        await using var host = await JobHost.StartAsync();
        var pool = host.Get<WorkerPool>();
        await pool.PauseAsync("tests", JobHost.Tester, TestContext.Current.CancellationToken);
        var image = await host.ImageAsync();
        var job = await host.SubmitAsync("web-images", "image", image);

        var cancelled = await host.Get<JobControlService>().CancelAsync(job.Id, JobHost.Tester, TestContext.Current.CancellationToken);
        await pool.ResumeAsync(JobHost.Tester, TestContext.Current.CancellationToken);

        cancelled.Status.ShouldBe(JobStatus.Cancelled);
        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        (await scheduler.Exists(JobKeys.For(job.Id), TestContext.Current.CancellationToken)).ShouldBeFalse();
        await using var db = host.Db();
        var stored = await db.Jobs.Include(j => j.NodeRuns).FirstAsync(j => j.Id == job.Id, TestContext.Current.CancellationToken);
        stored.Status.ShouldBe(JobStatus.Cancelled);
        stored.StartedAt.ShouldBeNull();
        stored.NodeRuns.ShouldAllBe(r => r.State == NodeRunState.Pending);
        await Should.ThrowAsync<InvalidOperationException>(() => host.Get<JobControlService>().CancelAsync(job.Id, JobHost.Tester, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PauseAsync_ShouldLetTheRunningJobFinishWhileNewJobsWait_UntilResumed()
    {
        await using var host = await JobHost.StartAsync();
        var pool = host.Get<WorkerPool>();
        var video = await host.SubmitAsync("transcode-web", "video", await host.VideoAsync("long.mp4", 8, "1280x720"));
        await host.WaitForAsync(video.Id, m => m.Status == JobStatus.Running, j => j.Status == JobStatus.Running);

        await pool.PauseAsync("Maintenance", JobHost.Tester, TestContext.Current.CancellationToken);
        var image = await host.SubmitAsync("web-images", "image", await host.ImageAsync());
        var finished = await host.WaitForEndAsync(video.Id);

        finished.Status.ShouldBe(JobStatus.Succeeded, "a running job finishes when the pool is paused");
        await using (var db = host.Db())
        {
            (await db.Jobs.SingleAsync(j => j.Id == image.Id, TestContext.Current.CancellationToken)).Status.ShouldBe(JobStatus.Queued, "a new job waits");
        }

        await pool.ResumeAsync(JobHost.Tester, TestContext.Current.CancellationToken);
        (await host.WaitForEndAsync(image.Id)).Status.ShouldBe(JobStatus.Succeeded);
    }

    [Fact]
    public async Task PauseAsync_ShouldHoldQueuedJobsWithTheirLanePositions_UntilResumed()
    {
        await using var host = await JobHost.StartAsync();
        var pool = host.Get<WorkerPool>();
        await pool.PauseAsync("Disk swap", JobHost.Tester, TestContext.Current.CancellationToken);
        var image = await host.ImageAsync();
        var normal = await host.SubmitAsync("web-images", "image", image);
        var low = await host.SubmitAsync("web-images", "image", image, JobPriority.Low);
        var high = await host.SubmitAsync("web-images", "image", image, JobPriority.High);

        var state = await pool.GetStateAsync(TestContext.Current.CancellationToken);
        var queries = host.Get<JobQueries>();
        var positions = (await queries.ListAsync(new JobFilter(), new Domain.Querying.PageRequest(0, 10), TestContext.Current.CancellationToken))
            .Items.ToDictionary(i => i.Id, i => i.QueuePosition);

        state.Paused.ShouldBeTrue();
        state.Reason.ShouldBe("Disk swap");
        state.PausedBy.ShouldBe("tester");
        positions[high.Id].ShouldBe(1);
        positions[normal.Id].ShouldBe(2);
        positions[low.Id].ShouldBe(3);
        await using (var db = host.Db())
        {
            (await db.Jobs.CountAsync(j => j.Status == JobStatus.Queued, TestContext.Current.CancellationToken)).ShouldBe(3);
        }

        await pool.ResumeAsync(JobHost.Tester, TestContext.Current.CancellationToken);
        (await pool.GetStateAsync(TestContext.Current.CancellationToken)).Paused.ShouldBeFalse();
        foreach (var job in new[] { normal, low, high })
        {
            (await host.WaitForEndAsync(job.Id)).Status.ShouldBe(JobStatus.Succeeded);
        }
    }
}
