using System.Security.Claims;
using Bunit;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Layout;
using MediaEngine.Web.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace MediaEngine.Web.Tests.Components.Layout;

public sealed class MainLayoutTests : MudBunitContext, IAsyncLifetime
{
    private static readonly string[] EveryArea = ["Dashboard", "Workbench", "Presets", "Jobs", "Gallery", "Assets", "Schedules"];

    private WorkerBackend _backend = default!;

    public async ValueTask InitializeAsync()
    {
        _backend = await WorkerBackend.CreateAsync();
        _backend.AddTo(Services);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _backend.DisposeAsync();
    }

    private IRenderedComponent<MainLayout> RenderAs(string name, string role, params string[] policies)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(name);
        auth.SetRoles(role);
        auth.SetClaims(new Claim(ClaimTypes.Role, role));
        auth.SetPolicies(policies);
        RenderFragment body = b => b.AddMarkupContent(0, "<p id=\"page-body\">page</p>");
        return Render<MainLayout>(p => p.Add(l => l.Body, body));
    }

    [Fact]
    public void Layout_ShouldShowNameRoleAndBody()
    {
        var layout = RenderAs("Ana Admin", "Admin", Policies.Viewer, Policies.Admin);

        layout.Find("[data-testid=user-name]").TextContent.ShouldBe("Ana Admin");
        layout.Find("[data-testid=user-role]").TextContent.ShouldBe("Admin");
        layout.Find("#page-body").TextContent.ShouldBe("page");
        layout.Find("form[action='/signout']").QuerySelector("input[name=__RequestVerificationToken]").ShouldNotBeNull();
    }

    [Fact]
    public void Navigation_ShouldListEveryAreaAndAdminPages_ForAnAdmin()
    {
        var layout = RenderAs("Ana Admin", "Admin", Policies.Viewer, Policies.Admin);

        var links = layout.FindAll(".mud-nav-link").Select(a => a.TextContent.Trim()).ToList();

        links.ShouldBe([.. EveryArea, "Storage", "Audit", "Settings"]);
    }

    [Fact]
    public void Navigation_ShouldHideAdminPages_ForAViewer()
    {
        var layout = RenderAs("Vic Viewer", "Viewer", Policies.Viewer);

        var links = layout.FindAll(".mud-nav-link").Select(a => a.TextContent.Trim()).ToList();

        links.ShouldBe(EveryArea);
        layout.Find("[data-testid=user-role]").TextContent.ShouldBe("Viewer");
    }

    [Fact]
    public void ThemeToggle_ShouldSwitchBetweenLightAndDark()
    {
        var layout = RenderAs("Ana Admin", "Admin", Policies.Viewer);
        layout.Instance.IsDarkMode.ShouldBeFalse();

        layout.Find("[data-testid=theme-toggle]").Click();
        layout.Instance.IsDarkMode.ShouldBeTrue();

        layout.Find("[data-testid=theme-toggle]").Click();
        layout.Instance.IsDarkMode.ShouldBeFalse();
    }

    [Fact]
    public async Task Layout_ShouldSayOnEveryPageThatThePoolIsPaused_AndStopSayingItWhenResumed()
    {
        var admin = new MediaEngine.Domain.Auditing.AuditActor(null, "admin@example.com");
        await _backend.Pool.PauseAsync("Storage move", admin, Xunit.TestContext.Current.CancellationToken);
        var layout = RenderAs("Vic Viewer", "Viewer", Policies.Viewer);

        layout.WaitForAssertion(() => layout.Find("[data-testid=workers-paused]").TextContent.ShouldContain("Storage move"));
        await _backend.Pool.ResumeAsync(admin, Xunit.TestContext.Current.CancellationToken);
        layout.WaitForAssertion(() => layout.FindAll("[data-testid=workers-paused]").ShouldBeEmpty());
    }
}
