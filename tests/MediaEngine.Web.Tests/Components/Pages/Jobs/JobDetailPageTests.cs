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

public sealed class JobDetailPageTests : MudBunitContext, IAsyncLifetime
{
    private JobPageServices _services = default!;
    private Job _job = default!;
    private Bunit.TestDoubles.BunitAuthorizationContext _auth = default!;

    public async ValueTask InitializeAsync()
    {
        _services = await JobPageServices.CreateAsync();
        _services.AddTo(Services);
        var version = await _services.AddWebImagesPresetAsync();
        _job = await _services.AddJobAsync(version, "Web images · beach.jpg", JobStatus.Running);
        _auth = SignInAs("Olga Operator", "Operator", Policies.Viewer, Policies.Operator);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    private IRenderedComponent<JobDetailPage> RenderPage()
    {
        var page = Render<JobDetailPage>(p => p.Add(d => d.Id, _job.Id));
        page.WaitForElement("[data-testid=job-status]");
        return page;
    }

    private void Publish(JobEventKind kind, Func<JobEventMessage, JobEventMessage> with) =>
        _services.Bus.Publish(with(new JobEventMessage(_job.Id, kind, DateTime.UtcNow)));

    [Fact]
    public void Render_ShouldDrawOneGraphNodePerNodeAndTheJobHeader_WhenTheJobExists()
    {
        var page = RenderPage();

        page.FindAll("g[data-node]").Select(g => g.GetAttribute("data-node")).ShouldBe(["source", "fit", "webp", "thumb"]);
        page.Find("[data-testid=job-title]").TextContent.ShouldBe("Web images · beach.jpg");
        page.Find("[data-testid=job-status]").GetAttribute("data-status").ShouldBe("Running");
        page.Find("[data-testid=job-preset]").TextContent.ShouldBe("web-images@1");
        page.Find("[data-testid=job-cancel]").ShouldNotBeNull();
        page.FindAll("[data-testid=job-retry]").ShouldBeEmpty();
    }

    [Fact]
    public void Publish_ShouldRerenderTheNodeStateAndJobProgress_WhenAProgressEventArrives()
    {
        var page = RenderPage();
        page.Find("g[data-node='fit']").GetAttribute("data-state").ShouldBe("Pending");

        Publish(JobEventKind.NodeStarted, m => m with { NodeId = "fit", NodeState = NodeRunState.Running, Message = "image.resize", JobProgress = 10 });
        Publish(JobEventKind.NodeProgress, m => m with { NodeId = "fit", NodeState = NodeRunState.Running, Progress = 40, JobProgress = 35 });

        page.WaitForAssertion(() =>
        {
            var fit = page.Find("g[data-node='fit']");
            fit.GetAttribute("data-state").ShouldBe("Running");
            fit.QuerySelector(".me-graph__progress-bar")!.GetAttribute("data-progress").ShouldBe("40");
            page.Find("[data-testid=job-progress]").GetAttribute("data-progress").ShouldBe("35");
        });
    }

    [Fact]
    public void Publish_ShouldAppendTheLineToTheLog_WhenALogEventArrives()
    {
        var page = RenderPage();

        Publish(JobEventKind.Log, m => m with { NodeId = "webp", Message = "encoding at quality 80" });

        page.WaitForAssertion(() => page.Find("[data-testid=job-log]").TextContent.ShouldContain("encoding at quality 80"));
        page.Find("[data-testid=job-log] .me-job-log__node").TextContent.ShouldBe("webp");
    }

    [Fact]
    public async Task Publish_ShouldReloadTheJob_WhenItsStateChanges()
    {
        var page = RenderPage();
        page.FindAll("[data-testid=job-error]").ShouldBeEmpty();
        await using (var db = _services.Db())
        {
            var job = await db.Jobs.SingleAsync(j => j.Id == _job.Id);
            job.TransitionTo(JobStatus.Failed, DateTime.UtcNow);
            job.Error = "fit: the image is 0 bytes long";
            await db.SaveChangesAsync();
        }

        Publish(JobEventKind.StateChanged, m => m with { Status = JobStatus.Failed, Message = "Failed" });

        page.WaitForAssertion(() =>
        {
            page.Find("[data-testid=job-status]").GetAttribute("data-status").ShouldBe("Failed");
            page.Find("[data-testid=job-retry]").ShouldNotBeNull();
            page.FindAll("[data-testid=job-cancel]").ShouldBeEmpty();
            page.Find("[data-testid=job-error]").TextContent.ShouldContain("the image is 0 bytes long");
        });
    }

    [Fact]
    public void NodeClick_ShouldOpenThePanelWithTheNodesStateAndLog()
    {
        var page = RenderPage();
        Publish(JobEventKind.Log, m => m with { NodeId = "thumb", Message = "cropping to 320x320" });
        page.WaitForAssertion(() => page.Find("[data-testid=job-log]").TextContent.ShouldContain("cropping"));

        page.Find("g[data-node='thumb']").Click();

        var panel = page.Find("[data-testid=node-panel]");
        panel.GetAttribute("data-node").ShouldBe("thumb");
        panel.QuerySelector("[data-testid=node-panel-state]")!.TextContent.ShouldBe("Pending");
        panel.QuerySelector("[data-testid=node-panel-log]")!.TextContent.ShouldContain("cropping to 320x320");
    }

    [Fact]
    public async Task Dispose_ShouldRemoveTheBusSubscription_WhenThePageGoesAway()
    {
        var before = _services.Bus.SubscriberCount;
        RenderPage();
        _services.Bus.SubscriberCount.ShouldBe(before + 1);

        await DisposeComponentsAsync();

        _services.Bus.SubscriberCount.ShouldBe(before);
    }

    [Fact]
    public void Render_ShouldSaySo_WhenTheJobDoesNotExist()
    {
        var page = Render<JobDetailPage>(p => p.Add(d => d.Id, Guid.NewGuid()));

        page.WaitForElement("[data-testid=job-not-found]").TextContent.ShouldContain("There is no job");
        _services.Bus.SubscriberCount.ShouldBe(0);
    }

    [Fact]
    public async Task Cancel_ShouldBeRefusedOnTheServerAndAudited_WhenTheUserIsAViewer()
    {
        var page = RenderPage();
        _auth.SetPolicies(Policies.Viewer); // only the server-side check stands between a circuit call and the action

        page.Find("[data-testid=job-cancel]").Click();

        await page.WaitForAssertionAsync(async () =>
        {
            await using var db = _services.Db();
            var denied = await db.AuditEvents.SingleAsync(a => a.Action == "access.denied");
            denied.Target.ShouldBe($"job:{_job.Id}");
        });
        await using var after = _services.Db();
        (await after.Jobs.SingleAsync(j => j.Id == _job.Id)).CancelRequestedAt.ShouldBeNull();
        (await after.AuditEvents.AnyAsync(a => a.Action == "job.cancel-requested")).ShouldBeFalse();
    }
}
