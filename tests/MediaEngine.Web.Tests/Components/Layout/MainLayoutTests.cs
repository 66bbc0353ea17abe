using System.Security.Claims;
using Bunit;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Layout;
using MediaEngine.Web.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace MediaEngine.Web.Tests.Components.Layout;

public sealed class MainLayoutTests : MudBunitContext
{
    private static readonly string[] EveryArea = ["Dashboard", "Workbench", "Presets", "Jobs", "Gallery", "Assets", "Schedules"];

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
}
