using Bunit;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Web.Components.Pages.Dashboard;
using MediaEngine.Web.Tests.Support;
using MediaEngine.Workers.Events;

namespace MediaEngine.Web.Tests.Components.Pages.Dashboard;

public sealed class JobFiguresTests : MudBunitContext, IAsyncLifetime
{
    private static readonly TimeSpan LiveTimeout = TimeSpan.FromSeconds(10);
    private WorkerBackend _backend = default!;
    private PresetVersion _preset = default!;

    public async ValueTask InitializeAsync()
    {
        _backend = await WorkerBackend.CreateAsync(new Dictionary<string, string?> { ["MediaEngine:Workers:Lanes:video"] = "3" });
        _backend.AddTo(Services);
        _preset = await _backend.PresetAsync();
    }

    [Fact]
    public async Task Render_ShouldShowRunningQueuedAndLimitPerLane_WhenJobsAreStored()
    {
        await _backend.AddJobAsync(_preset, "image", JobStatus.Running);
        await _backend.AddJobAsync(_preset, "image", JobStatus.Queued);
        await _backend.AddJobAsync(_preset, "image", JobStatus.Queued);
        await _backend.AddJobAsync(_preset, "video", JobStatus.Running);
        await _backend.AddJobAsync(_preset, "image", JobStatus.Succeeded);
        await _backend.AddJobAsync(_preset, "test", JobStatus.Running, isTest: true);

        var figures = Render<JobFigures>();

        figures.WaitForAssertion(() => Lane(figures, "image").ShouldBe(("1", "2", "2")));
        Lane(figures, "video").ShouldBe(("1", "0", "3"));
        figures.FindAll("[data-testid=lane-test]").ShouldBeEmpty();
    }

    [Fact]
    public async Task StateChangedEvent_ShouldReloadTheCounts_WhenAJobChangesStateElsewhere()
    {
        var figures = Render<JobFigures>();
        figures.WaitForAssertion(() => Lane(figures, "video").ShouldBe(("0", "0", "3")));

        var job = await _backend.AddJobAsync(_preset, "video", JobStatus.Running);
        await _backend.AddJobAsync(_preset, "video", JobStatus.Queued);
        _backend.Bus.Publish(new JobEventMessage(job.Id, JobEventKind.StateChanged, DateTime.UtcNow) { Status = JobStatus.Running });

        figures.WaitForAssertion(() => Lane(figures, "video").ShouldBe(("1", "1", "3")), LiveTimeout);
    }

    [Fact]
    public async Task Dispose_ShouldUnsubscribeFromTheBus_WhenTheDashboardCloses()
    {
        var before = _backend.Bus.SubscriberCount;
        var figures = Render<JobFigures>();
        figures.WaitForAssertion(() => figures.Find("[data-testid=lane-image]"));
        _backend.Bus.SubscriberCount.ShouldBe(before + 1);

        await DisposeComponentsAsync();

        _backend.Bus.SubscriberCount.ShouldBe(before);
    }

    [Fact]
    public async Task Render_ShouldShowSuccessRateAndLinkRecentFailures_WhenJobsFinishedRecently()
    {
        var now = DateTime.UtcNow;
        await _backend.AddJobAsync(_preset, "image", JobStatus.Succeeded, now.AddMinutes(-30));
        await _backend.AddJobAsync(_preset, "image", JobStatus.Succeeded, now.AddDays(-3));
        await _backend.AddJobAsync(_preset, "image", JobStatus.Succeeded, now.AddDays(-13));
        await _backend.AddJobAsync(_preset, "image", JobStatus.Cancelled, now.AddMinutes(-20));
        var older = await _backend.AddJobAsync(_preset, "video", JobStatus.Failed, now.AddHours(-2), error: "older failure");
        var newest = await _backend.AddJobAsync(_preset, "image", JobStatus.Failed, now.AddMinutes(-10), error: "ffmpeg exited with code 1");

        var figures = Render<JobFigures>();

        figures.WaitForAssertion(() => figures.Find("[data-testid=success-rate]").TextContent.ShouldBe("60%"));
        figures.Find("[data-testid=finished-totals]").TextContent.ShouldContain("3 succeeded · 2 failed · 1 cancelled");
        figures.FindAll("[data-testid=jobs-per-day] svg").ShouldNotBeEmpty();
        var failures = figures.FindAll("[data-testid=recent-failure]");
        failures.Select(f => f.QuerySelector("a")!.GetAttribute("href")).ShouldBe([$"/jobs/{newest.Id}", $"/jobs/{older.Id}"]);
        failures[0].TextContent.ShouldContain("ffmpeg exited with code 1");
        failures[0].TextContent.ShouldContain("web-images");
    }

    [Fact]
    public async Task Render_ShouldPlotEachDaysSuccessRate_WhenJobsFinishedOnSeveralDays()
    {
        var fiveDaysAgo = DateTime.UtcNow.Date.AddDays(-5).AddHours(12);
        var twoDaysAgo = DateTime.UtcNow.Date.AddDays(-2).AddHours(12);
        await _backend.AddJobAsync(_preset, "image", JobStatus.Succeeded, fiveDaysAgo);
        await _backend.AddJobAsync(_preset, "image", JobStatus.Succeeded, fiveDaysAgo.AddHours(1));
        await _backend.AddJobAsync(_preset, "image", JobStatus.Failed, fiveDaysAgo.AddHours(2), error: "bad input");
        await _backend.AddJobAsync(_preset, "image", JobStatus.Failed, twoDaysAgo, error: "bad input");
        await _backend.AddJobAsync(_preset, "image", JobStatus.Cancelled, DateTime.UtcNow.Date.AddDays(-1).AddHours(12));

        var figures = Render<JobFigures>();

        figures.WaitForAssertion(() => figures.Find("[data-testid=success-rate-per-day]").GetAttribute("data-rates")
            .ShouldBe($"{fiveDaysAgo:yyyy-MM-dd}=67% {twoDaysAgo:yyyy-MM-dd}=0%"));
        figures.FindAll("[data-testid=success-rate-per-day] svg").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task PoolChanged_ShouldShowThePausedBanner_WhenTheWorkerPoolIsPaused()
    {
        var figures = Render<JobFigures>();
        figures.WaitForAssertion(() => figures.Find("[data-testid=lane-image]"));
        figures.FindAll("[data-testid=pool-paused]").ShouldBeEmpty();

        await _backend.Pool.PauseAsync("Disk swap", new AuditActor(null, "admin@example.com"), CancellationToken.None);

        figures.WaitForAssertion(() => figures.Find("[data-testid=pool-paused]").TextContent.ShouldContain("Disk swap"), LiveTimeout);
        figures.Find("[data-testid=pool-paused]").TextContent.ShouldContain("admin@example.com");
    }

    [Fact]
    public void Render_ShouldSayNoJobsFinished_WhenThereIsNoHistory()
    {
        var figures = Render<JobFigures>();

        figures.WaitForAssertion(() => figures.Find("[data-testid=no-finished-jobs]"));
        figures.Find("[data-testid=recent-failures]").TextContent.ShouldContain("No failed jobs.");
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _backend.DisposeAsync();
    }

    private static (string Running, string Queued, string Limit) Lane(IRenderedComponent<JobFigures> figures, string lane)
    {
        var tile = figures.Find($"[data-testid=lane-{lane}]");
        return (
            tile.QuerySelector("[data-testid=lane-running]")!.TextContent,
            tile.QuerySelector("[data-testid=lane-queued]")!.TextContent,
            tile.QuerySelector("[data-testid=lane-limit]")!.TextContent);
    }
}
