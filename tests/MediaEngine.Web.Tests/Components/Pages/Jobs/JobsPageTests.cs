using Bunit;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Pages.Jobs;
using MediaEngine.Web.Tests.Support;
using MediaEngine.Workers.Events;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;

namespace MediaEngine.Web.Tests.Components.Pages.Jobs;

public sealed class JobsPageTests : MudBunitContext, IAsyncLifetime
{
    private static readonly DateTime T0 = DateTime.UtcNow.AddMinutes(-10);

    private JobPageServices _services = default!;
    private Job _running = default!;
    private Job _firstQueued = default!;
    private Job _secondQueued = default!;
    private Job _failed = default!;
    private User _submitter = default!;
    private PresetVersion _version = default!;
    private Bunit.TestDoubles.BunitAuthorizationContext _auth = default!;

    public async ValueTask InitializeAsync()
    {
        _services = await JobPageServices.CreateAsync();
        _services.AddTo(Services);
        var version = _version = await _services.AddWebImagesPresetAsync();
        _submitter = await _services.AddUserAsync("Sam Submitter", UserRole.Operator);
        var photo = await _services.AddImageAssetAsync("d.jpg");
        _running = await _services.AddJobAsync(version, "running · a.jpg", JobStatus.Running, createdAt: T0, progress: 20);
        _firstQueued = await _services.AddJobAsync(version, "queued · b.jpg", createdAt: T0.AddMinutes(1));
        _secondQueued = await _services.AddJobAsync(version, "queued · c.jpg", createdAt: T0.AddMinutes(2));
        _failed = await _services.AddJobAsync(version, "failed · d.jpg", JobStatus.Failed, lane: "video", createdAt: T0.AddMinutes(3), submittedById: _submitter.Id, input: photo);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    private IRenderedComponent<JobsPage> RenderAs(string role, params string[] policies) => RenderWithRows(4, role, policies);

    private IRenderedComponent<JobsPage> RenderWithRows(int rows, string role, params string[] policies) => RenderAt("/jobs", rows, role, policies);

    private IRenderedComponent<JobsPage> RenderAt(string address, int rows, string role, params string[] policies)
    {
        _auth = SignInAs($"{role} user", role, policies);
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var page = Render<JobsPage>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=job-row]").Count.ShouldBe(rows));
        return page;
    }

    /// <summary>Ticks the job's row and waits for the bulk button to be enabled.</summary>
    private static void Select(IRenderedComponent<JobsPage> page, Job job, string button)
    {
        Row(page, job).QuerySelector("input[type=checkbox]")!.Change(true);
        page.WaitForAssertion(() => page.Find($"[data-testid={button}]").HasAttribute("disabled").ShouldBeFalse());
    }

    private static IReadOnlyList<string> Titles(IRenderedComponent<JobsPage> page) =>
        [.. page.FindAll("[data-testid=job-row]").Select(r => r.TextContent.Trim())];

    private static Task SelectAsync<T>(IRenderedComponent<JobsPage> page, string testId, T value) =>
        page.InvokeAsync(() => page.FindComponents<MudSelect<T>>().Single(c => Equals(c.Instance.UserAttributes.GetValueOrDefault("data-testid"), testId)).Instance.ValueChanged.InvokeAsync(value));

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<JobsPage> page, Job job) =>
        page.Find($"[data-testid=job-row][data-job-id='{job.Id}']").ParentElement!;

    [Fact]
    public void Render_ShouldListJobsNewestFirstWithQueuePositions_WhenJobsAreQueued()
    {
        var page = RenderAs("Viewer", Policies.Viewer);

        page.FindAll("[data-testid=job-row]").Select(r => r.TextContent.Trim())
            .ShouldBe(["failed · d.jpg", "queued · c.jpg", "queued · b.jpg", "running · a.jpg"]);
        Row(page, _firstQueued).QuerySelector("[data-testid=job-row-queue]")!.TextContent.Trim().ShouldBe("#1 in image");
        Row(page, _secondQueued).QuerySelector("[data-testid=job-row-queue]")!.TextContent.Trim().ShouldBe("#2 in image");
        Row(page, _running).QuerySelector("[data-testid=job-row-queue]")!.TextContent.Trim().ShouldBeEmpty();
        Row(page, _failed).QuerySelector("[data-testid=job-row-status]")!.TextContent.ShouldBe("Failed");
        Row(page, _running).TextContent.ShouldContain("web-images@1");
    }

    [Fact]
    public void Publish_ShouldUpdateTheRowsProgressInPlace_WhenAnEventOfAJobOnThePageArrives()
    {
        var page = RenderAs("Viewer", Policies.Viewer);
        Row(page, _running).QuerySelector("[data-testid=job-row-progress]")!.GetAttribute("data-progress").ShouldBe("20");

        _services.Bus.Publish(new JobEventMessage(_running.Id, JobEventKind.NodeProgress, DateTime.UtcNow)
        {
            NodeId = "fit",
            NodeState = NodeRunState.Running,
            Progress = 80,
            JobProgress = 55,
        });

        page.WaitForAssertion(() =>
            Row(page, _running).QuerySelector("[data-testid=job-row-progress]")!.GetAttribute("data-progress").ShouldBe("55"));
    }

    [Fact]
    public void Render_ShouldHideBulkActions_ForAViewer()
    {
        var page = RenderAs("Viewer", Policies.Viewer);

        page.FindAll("[data-testid=jobs-cancel]").ShouldBeEmpty();
        page.FindAll("[data-testid=jobs-table] tbody input[type=checkbox]").ShouldBeEmpty();
    }

    [Fact]
    public async Task BulkCancel_ShouldCancelTheSelectedQueuedJob_WhenAnOperatorSelectsIt()
    {
        var page = RenderAs("Operator", Policies.Viewer, Policies.Operator);

        Select(page, _firstQueued, "jobs-cancel");
        page.Find("[data-testid=jobs-cancel]").Click();

        await page.WaitForAssertionAsync(async () =>
        {
            await using var db = _services.Db();
            (await db.Jobs.SingleAsync(j => j.Id == _firstQueued.Id)).Status.ShouldBe(JobStatus.Cancelled);
        });
        page.WaitForAssertion(() => Row(page, _firstQueued).QuerySelector("[data-testid=job-row-status]")!.TextContent.ShouldBe("Cancelled"));
        Row(page, _secondQueued).QuerySelector("[data-testid=job-row-queue]")!.TextContent.Trim().ShouldBe("#1 in image");
    }

    [Fact]
    public async Task Dispose_ShouldRemoveTheBusSubscription_WhenThePageGoesAway()
    {
        var before = _services.Bus.SubscriberCount;
        RenderAs("Viewer", Policies.Viewer);
        _services.Bus.SubscriberCount.ShouldBe(before + 1);

        await DisposeComponentsAsync();

        _services.Bus.SubscriberCount.ShouldBe(before);
    }

    [Fact]
    public async Task Filters_ShouldNarrowTheTableOnTheServer_ByStatusPresetSubmitterAndUtcCreationDay()
    {
        var other = await _services.AddPresetAsync("poster-frames", "Poster frames");
        var lateEvening = new DateTime(2026, 3, 1, 23, 30, 0, DateTimeKind.Utc); // the next day in any zone east of UTC
        await _services.AddJobAsync(other, "old · e.jpg", JobStatus.Succeeded, createdAt: lateEvening);
        var page = RenderWithRows(5, "Viewer", Policies.Viewer);

        await SelectAsync<JobStatus?>(page, "jobs-status", JobStatus.Queued);
        page.WaitForAssertion(() => Titles(page).ShouldBe(["queued · c.jpg", "queued · b.jpg"]));
        await SelectAsync<JobStatus?>(page, "jobs-status", null);

        await SelectAsync(page, "jobs-preset", "poster-frames");
        page.WaitForAssertion(() => Titles(page).ShouldBe(["old · e.jpg"]));
        await SelectAsync<string>(page, "jobs-preset", null!);

        await SelectAsync<Guid?>(page, "jobs-submitter", _submitter.Id);
        page.WaitForAssertion(() => Titles(page).ShouldBe(["failed · d.jpg"]));
        await SelectAsync<Guid?>(page, "jobs-submitter", null);

        var picker = page.FindComponent<MudDateRangePicker>();
        await page.InvokeAsync(() => picker.Instance.DateRangeChanged.InvokeAsync(new DateRange(new DateTime(2026, 3, 1), new DateTime(2026, 3, 1))));
        page.WaitForAssertion(() => Titles(page).ShouldBe(["old · e.jpg"]));
        await page.InvokeAsync(() => picker.Instance.DateRangeChanged.InvokeAsync(new DateRange(new DateTime(2026, 3, 2), new DateTime(2026, 3, 3))));
        page.WaitForAssertion(() => page.FindAll("[data-testid=job-row]").ShouldBeEmpty());
        await page.InvokeAsync(() => picker.Instance.DateRangeChanged.InvokeAsync(null));
        page.WaitForAssertion(() => page.FindAll("[data-testid=job-row]").Count.ShouldBe(5));
    }

    [Fact]
    public async Task Address_ShouldSetTheStatusPresetAndSearchFilters_AndFollowTheirChanges()
    {
        var other = await _services.AddPresetAsync("poster-frames", "Poster frames");
        await _services.AddJobAsync(other, "failed poster · e.jpg", JobStatus.Failed, createdAt: T0.AddMinutes(4));
        var page = RenderAt("/jobs?status=failed&preset=web-images", 1, "Viewer", Policies.Viewer);
        var navigation = Services.GetRequiredService<NavigationManager>();

        Titles(page).ShouldBe(["failed · d.jpg"]);
        await SelectAsync<string>(page, "jobs-preset", null!);
        page.WaitForAssertion(() => Titles(page).ShouldBe(["failed poster · e.jpg", "failed · d.jpg"]));
        new Uri(navigation.Uri).Query.ShouldBe("?status=Failed");
        await page.InvokeAsync(() => page.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("poster"));
        page.WaitForAssertion(() => Titles(page).ShouldBe(["failed poster · e.jpg"]));
        new Uri(navigation.Uri).Query.ShouldBe("?status=Failed&q=poster");
    }

    [Fact]
    public void Address_ShouldBeIgnored_WhenItsStatusIsNotOne()
    {
        var page = RenderAt("/jobs?status=Exploded", 4, "Viewer", Policies.Viewer);

        page.FindComponent<MudSelect<JobStatus?>>().Instance.GetState(x => x.Value).ShouldBeNull();
    }

    [Fact]
    public async Task Search_ShouldFindJobsByTitleTextOrById()
    {
        var page = RenderAs("Viewer", Policies.Viewer);
        var search = page.FindComponent<MudTextField<string>>();

        await page.InvokeAsync(() => search.Instance.ValueChanged.InvokeAsync("c.jpg"));
        page.WaitForAssertion(() => Titles(page).ShouldBe(["queued · c.jpg"]));
        await page.InvokeAsync(() => search.Instance.ValueChanged.InvokeAsync(_running.Id.ToString()));
        page.WaitForAssertion(() => Titles(page).ShouldBe(["running · a.jpg"]));
        await page.InvokeAsync(() => search.Instance.ValueChanged.InvokeAsync("nothing like this"));
        page.WaitForAssertion(() => page.Markup.ShouldContain("No jobs match"));
    }

    [Fact]
    public async Task BulkRetry_ShouldQueueANewLinkedAttempt_WhenAnOperatorRetriesAFailedJob()
    {
        var page = RenderAs("Operator", Policies.Viewer, Policies.Operator);

        Select(page, _failed, "jobs-retry");
        page.Find("[data-testid=jobs-retry]").Click();

        await page.WaitForAssertionAsync(async () =>
        {
            await using var db = _services.Db();
            var retry = await db.Jobs.SingleAsync(j => j.PreviousAttemptId == _failed.Id);
            retry.Attempt.ShouldBe(2);
            retry.Status.ShouldBe(JobStatus.Queued);
            retry.PresetVersionId.ShouldBe(_version.Id);
        });
        page.WaitForAssertion(() => page.FindAll("[data-testid=job-row]").Count.ShouldBe(5));
    }

    [Fact]
    public async Task BulkCancel_ShouldBeRefusedOnTheServerAndAudited_WhenTheUserIsNoLongerAnOperator()
    {
        var page = RenderAs("Operator", Policies.Viewer, Policies.Operator);
        Select(page, _firstQueued, "jobs-cancel");
        _auth.SetPolicies(Policies.Viewer); // the role was taken away while the circuit was open; the button is still there

        page.Find("[data-testid=jobs-cancel]").Click();

        await page.WaitForAssertionAsync(async () =>
        {
            await using var db = _services.Db();
            (await db.AuditEvents.CountAsync(a => a.Action == "access.denied" && a.Details!.Contains("bulk cancel"))).ShouldBe(1);
        });
        await using var after = _services.Db();
        (await after.Jobs.SingleAsync(j => j.Id == _firstQueued.Id)).Status.ShouldBe(JobStatus.Queued);
        (await after.AuditEvents.AnyAsync(a => a.Action == "job.cancelled")).ShouldBeFalse();
    }
}
