using System.Security.Claims;
using Bunit;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Pages.Jobs;
using MediaEngine.Web.Tests.Support;
using MediaEngine.Workers.Events;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace MediaEngine.Web.Tests.Components.Pages.Jobs;

public sealed class JobsPageTests : MudBunitContext, IAsyncLifetime
{
    private static readonly DateTime T0 = DateTime.UtcNow.AddMinutes(-10);

    private JobPageServices _services = default!;
    private Job _running = default!;
    private Job _firstQueued = default!;
    private Job _secondQueued = default!;
    private Job _failed = default!;

    public async ValueTask InitializeAsync()
    {
        _services = await JobPageServices.CreateAsync();
        _services.AddTo(Services);
        var version = await _services.AddWebImagesPresetAsync();
        _running = await _services.AddJobAsync(version, "running · a.jpg", JobStatus.Running, createdAt: T0, progress: 20);
        _firstQueued = await _services.AddJobAsync(version, "queued · b.jpg", createdAt: T0.AddMinutes(1));
        _secondQueued = await _services.AddJobAsync(version, "queued · c.jpg", createdAt: T0.AddMinutes(2));
        _failed = await _services.AddJobAsync(version, "failed · d.jpg", JobStatus.Failed, lane: "video", createdAt: T0.AddMinutes(3));
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    private IRenderedComponent<JobsPage> RenderAs(string role, params string[] policies)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized($"{role} user");
        auth.SetRoles(role);
        auth.SetClaims(new Claim(ClaimTypes.Role, role));
        auth.SetPolicies(policies);
        Render<MudPopoverProvider>();
        var page = Render<JobsPage>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=job-row]").Count.ShouldBe(4));
        return page;
    }

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

        Row(page, _firstQueued).QuerySelector("input[type=checkbox]")!.Change(true);
        page.WaitForAssertion(() => page.Find("[data-testid=jobs-cancel]").HasAttribute("disabled").ShouldBeFalse());
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
}
