using Bunit;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Web.Components.Pages.Settings;
using MediaEngine.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace MediaEngine.Web.Tests.Components.Pages.Settings;

public sealed class WorkersPanelTests : MudBunitContext, IAsyncLifetime
{
    private static readonly TimeSpan CheckIn = TimeSpan.FromSeconds(10);
    private WorkerBackend _backend = default!;

    public async ValueTask InitializeAsync()
    {
        _backend = await WorkerBackend.CreateAsync();
        _backend.AddTo(Services);
        var auth = AddAuthorization();
        auth.SetAuthorized("admin@example.com");
        auth.SetRoles("Admin");
    }

    [Fact]
    public async Task Render_ShouldListNodesWithAliveMissingAndStoppedChips_WhenNodesHaveCheckedIn()
    {
        var now = DateTime.UtcNow;
        await AddNodesAsync(
            Node("node-alive", now.AddSeconds(-5), running: 2),
            Node("node-missing", now.AddMinutes(-10)),
            Node("node-stopped", now.AddMinutes(-1), stoppedAt: now.AddMinutes(-1)));

        var panel = RenderPanel();

        panel.WaitForAssertion(() => panel.FindAll("[data-testid=worker-nodes] tbody tr").Count.ShouldBe(3));
        Chip(panel, "node-alive").ShouldBe("alive");
        Chip(panel, "node-missing").ShouldBe("missing");
        Chip(panel, "node-stopped").ShouldBe("stopped");
        var rows = panel.FindAll("[data-testid=worker-nodes] tbody tr");
        rows.Select(r => r.QuerySelector("code")!.TextContent).ShouldBe(["node-alive", "node-missing", "node-stopped"]);
        rows[0].TextContent.ShouldContain("image 2 · video 1");
        rows[0].TextContent.ShouldContain("build-host");
        rows[0].TextContent.ShouldContain(" s ago");
        rows[1].TextContent.ShouldContain("10 min ago");
    }

    [Fact]
    public async Task Render_ShouldLinkTheJobsEachNodeIsRunning_WhenJobsRunOnIt()
    {
        var now = DateTime.UtcNow;
        await AddNodesAsync(Node("node-a", now, running: 1), Node("node-b", now));
        var preset = await _backend.PresetAsync();
        var job = await _backend.AddJobAsync(preset, "video", Domain.Jobs.JobStatus.Running);
        var done = await _backend.AddJobAsync(preset, "image", Domain.Jobs.JobStatus.Succeeded);
        await using (var db = _backend.Db())
        {
            await db.Jobs.Where(j => j.Id == job.Id || j.Id == done.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.WorkerId, "node-a"));
        }

        var panel = RenderPanel();

        panel.WaitForAssertion(() => panel.Find("[data-testid=node-jobs-node-a] a").GetAttribute("href").ShouldBe($"/jobs/{job.Id}"));
        panel.FindAll("[data-testid=node-jobs-node-a] a").Count.ShouldBe(1);
        panel.Find("[data-testid=node-jobs-node-a] a").TextContent.ShouldBe(job.Title);
        panel.FindAll("[data-testid=node-jobs-node-b] a").ShouldBeEmpty();
        panel.Find("[data-testid=node-jobs-node-b]").TextContent.Trim().ShouldBe("0");
    }

    [Fact]
    public async Task HideStopped_ShouldLeaveOutStoppedNodes_WhenSwitchedOn()
    {
        var now = DateTime.UtcNow;
        await AddNodesAsync(Node("node-alive", now), Node("node-stopped", now, stoppedAt: now));
        var panel = RenderPanel();
        panel.WaitForAssertion(() => panel.FindAll("[data-testid=worker-nodes] tbody tr").Count.ShouldBe(2));

        panel.Find("[data-testid=worker-nodes] .mud-switch input").Change(true);

        panel.WaitForAssertion(() => panel.FindAll("[data-testid^=node-state-]").Select(c => c.TextContent).ShouldBe(["alive"]));
    }

    [Fact]
    public async Task PauseAndResume_ShouldChangeThePoolAsTheSignedInAdmin_WhenButtonsAreClicked()
    {
        var panel = RenderPanel();
        panel.WaitForAssertion(() => panel.Find("[data-testid=pool-state]").TextContent.ShouldContain("Running"));

        panel.Find("input[data-testid=pool-reason], [data-testid=pool-reason] input").Change("Disk swap");
        panel.Find("[data-testid=pool-pause]").Click();

        panel.WaitForAssertion(() => panel.Find("[data-testid=pool-state]").TextContent.ShouldContain("Disk swap"));
        var paused = await _backend.Pool.GetStateAsync(CancellationToken.None);
        paused.Paused.ShouldBeTrue();
        paused.Reason.ShouldBe("Disk swap");
        paused.PausedBy.ShouldBe("admin@example.com");

        panel.Find("[data-testid=pool-resume]").Click();

        panel.WaitForAssertion(() => panel.Find("[data-testid=pool-state]").TextContent.ShouldContain("Running"));
        (await _backend.Pool.GetStateAsync(CancellationToken.None)).Paused.ShouldBeFalse();
        await using var db = _backend.Db();
        (await db.AuditEvents.Where(a => a.Action.StartsWith("workers.")).OrderBy(a => a.Id).Select(a => a.Action + " " + a.Actor).ToListAsync())
            .ShouldBe(["workers.paused admin@example.com", "workers.resumed admin@example.com"]);
    }

    [Fact]
    public async Task PoolChanged_ShouldShowThePausedState_WhenPausedElsewhereInThisProcess()
    {
        var panel = RenderPanel();
        panel.WaitForAssertion(() => panel.Find("[data-testid=pool-state]").TextContent.ShouldContain("Running"));

        await _backend.Pool.PauseAsync("Nightly backup", new AuditActor(null, "ops@example.com"), CancellationToken.None);

        panel.WaitForAssertion(() => panel.Find("[data-testid=pool-state]").TextContent.ShouldContain("Nightly backup"));
        panel.Find("[data-testid=pool-state]").TextContent.ShouldContain("ops@example.com");
        panel.Find("[data-testid=pool-resume]");
    }

    [Theory]
    [InlineData(0, false, WorkerNodeState.Alive)]
    [InlineData(30, false, WorkerNodeState.Alive)]
    [InlineData(31, false, WorkerNodeState.Missing)]
    [InlineData(5, true, WorkerNodeState.Stopped)]
    [InlineData(3600, true, WorkerNodeState.Stopped)]
    public void StateOf_ShouldAllowThreeCheckInIntervals_WhenClassifyingANode(int secondsSinceCheckIn, bool stopped, WorkerNodeState expected)
    {
        var now = new DateTime(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);
        var node = Node("n", now.AddSeconds(-secondsSinceCheckIn), stoppedAt: stopped ? now : null);

        WorkersPanel.StateOf(node, now, CheckIn).ShouldBe(expected);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _backend.DisposeAsync();
    }

    private IRenderedComponent<WorkersPanel> RenderPanel()
    {
        Render<MudPopoverProvider>();
        return Render<WorkersPanel>();
    }

    private static string Chip(IRenderedComponent<WorkersPanel> panel, string nodeId) =>
        panel.Find($"[data-testid=node-state-{nodeId}]").TextContent.Trim();

    private static WorkerNode Node(string id, DateTime lastCheckIn, int running = 0, DateTime? stoppedAt = null) => new()
    {
        Id = id,
        HostName = "build-host",
        ProcessId = 4242,
        Role = "worker",
        LanesJson = """{"video":1,"image":2}""",
        RunningJobs = running,
        StartedAt = lastCheckIn.AddHours(-1),
        LastCheckInAt = lastCheckIn,
        StoppedAt = stoppedAt,
    };

    private async Task AddNodesAsync(params WorkerNode[] nodes)
    {
        await using var db = _backend.Db();
        db.WorkerNodes.AddRange(nodes);
        await db.SaveChangesAsync();
    }
}
