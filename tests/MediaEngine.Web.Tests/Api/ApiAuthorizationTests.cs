using System.Net;
using System.Net.Http.Json;
using MediaEngine.Domain.Entities;
using MediaEngine.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Tests.Api;

public sealed class ApiAuthorizationTests
{
    [Fact]
    public async Task ViewerKey_ShouldReadButBeRefusedAndAudited_WhenItTriesToChangeSomething()
    {
        await using var app = new MediaEngineAppFactory();
        var (viewer, _) = await app.CreateClientAsync(UserRole.Viewer);

        (await viewer.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var response = await viewer.PostAsJsonAsync("/api/v1/users/invitations", new { email = "x@example.com", role = "Admin" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var denied = await app.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "access.denied"));
        denied.Actor.ShouldBe("apikey:test-Viewer");
        denied.Target.ShouldBe("POST /api/v1/users/invitations");
        (await app.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "x@example.com"))).ShouldBeFalse();
    }

    [Fact]
    public async Task OperatorKey_ShouldBeRefused_OnAdminRoutes()
    {
        await using var app = new MediaEngineAppFactory();
        var (operatorClient, _) = await app.CreateClientAsync(UserRole.Operator);

        (await operatorClient.GetAsync("/api/v1/apikeys")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AdminKey_ShouldInviteAndCreateKeys_AndEachChangeIsAudited()
    {
        await using var app = new MediaEngineAppFactory();
        var (admin, _) = await app.CreateClientAsync(UserRole.Admin);

        var invite = await admin.PostAsJsonAsync("/api/v1/users/invitations", new { email = "New@Example.com", role = "Operator" });
        var key = await admin.PostAsJsonAsync("/api/v1/apikeys", new { name = "deploy", role = "Viewer" });

        invite.StatusCode.ShouldBe(HttpStatusCode.Created);
        key.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await key.Content.ReadFromJsonAsync<CreatedKey>();
        created!.Key.ShouldStartWith("me_");
        var actions = await app.QueryAsync(db => db.AuditEvents.Where(e => e.Actor == "apikey:test-Admin").Select(e => e.Action).ToListAsync());
        actions.ShouldBe(["user.invited", "apikey.created"], ignoreOrder: true);
    }

    [Fact]
    public async Task InvalidInvitation_ShouldGetProblemDetails()
    {
        await using var app = new MediaEngineAppFactory();
        var (admin, _) = await app.CreateClientAsync(UserRole.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/users/invitations", new { email = "not an address", role = "Viewer" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("is not an e-mail address");
    }

    [Fact]
    public async Task RevokedKey_ShouldBeRefused()
    {
        await using var app = new MediaEngineAppFactory();
        var (admin, _) = await app.CreateClientAsync(UserRole.Admin);
        var (victim, victimKey) = await app.CreateClientAsync(UserRole.Operator);
        (await victim.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.DeleteAsync($"/api/v1/apikeys/{victimKey.Key.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await victim.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignedInBrowserCookie_ShouldNotAuthenticateTheApi()
    {
        await using var app = new MediaEngineAppFactory();
        var browser = await app.CreateAdminClientAsync();

        (await browser.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private sealed record CreatedKey(Guid Id, string Name, string Role, string Key);
}
