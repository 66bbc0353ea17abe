using System.Net;
using MediaEngine.Domain.Entities;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Tests.Auth;

public sealed class SignInLinkTests
{
    [Fact]
    public async Task Link_ShouldSignInTheConfiguredAdmin_AndOpenTheDashboard()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();

        var dashboard = await client.GetAsync("/");
        var html = await dashboard.Content.ReadAsStringAsync();

        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Dashboard");
        html.ShouldContain("data-testid=\"user-role\"");
        var admin = await app.QueryAsync(db => db.Users.SingleAsync());
        admin.Email.ShouldBe("admin@example.com");
        admin.Role.ShouldBe(UserRole.Admin);
        (await app.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == "signin.succeeded"))).ShouldBe(1);
    }

    [Fact]
    public async Task WrongToken_ShouldBeRefusedAndAudited()
    {
        await using var app = new MediaEngineAppFactory();

        var response = await app.CreateNoRedirectClient().GetAsync("/signin/link?token=guess");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/signin?error=link");
        (await app.QueryAsync(db => db.AuditEvents.SingleAsync())).Action.ShouldBe("signin.refused");
    }

    [Fact]
    public void RandomToken_ShouldWorkOnlyOnce_AndBeReplaced()
    {
        var link = new AdminSignInLink(fixedToken: null);
        var first = link.CurrentToken;
        string? renewed = null;
        link.Renewed += token => renewed = token;

        link.TryConsume(first).ShouldBeTrue();
        link.TryConsume(first).ShouldBeFalse();
        renewed.ShouldNotBeNull().ShouldNotBe(first);
        link.CurrentToken.ShouldBe(renewed);
    }

    [Fact]
    public void FixedToken_ShouldStayValid()
    {
        var link = new AdminSignInLink("automation-token");

        link.TryConsume("automation-token").ShouldBeTrue();
        link.TryConsume("automation-token").ShouldBeTrue();
        link.TryConsume("other").ShouldBeFalse();
    }

    [Fact]
    public async Task Link_ShouldBeOff_WhenGoogleIsConfigured()
    {
        await using var app = new MediaEngineAppFactory(new()
        {
            ["Authentication:Google:ClientId"] = "client-id.apps.googleusercontent.com",
            ["Authentication:Google:ClientSecret"] = "secret",
        });
        var client = app.CreateNoRedirectClient();

        var link = await client.GetAsync($"/signin/link?token={MediaEngineAppFactory.AdminToken}");
        var page = await (await client.GetAsync("/signin")).Content.ReadAsStringAsync();
        var google = await client.GetAsync("/signin/google");

        link.Headers.Location!.ToString().ShouldBe("/signin?error=link");
        page.ShouldContain("Sign in with Google");
        google.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        google.Headers.Location!.Host.ShouldBe("accounts.google.com");
    }

    [Fact]
    public async Task SignInPage_ShouldSayWhyTheConsoleLinkIsActive_WhenGoogleIsNotConfigured()
    {
        await using var app = new MediaEngineAppFactory();

        var page = await (await app.CreateNoRedirectClient().GetAsync("/signin")).Content.ReadAsStringAsync();

        page.ShouldContain("Google sign-in is not configured");
        page.ShouldContain("Authentication:Google:ClientId");
        page.ShouldNotContain("Sign in with Google");
    }

    [Fact]
    public async Task SignOut_ShouldRequireAntiforgeryToken()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();

        var response = await client.PostAsync("/signout", new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
