using System.Net;
using MediaEngine.Domain.Entities;
using MediaEngine.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Tests.Auth;

public sealed class RoleEnforcementTests
{
    [Theory]
    [InlineData("/settings")]
    [InlineData("/audit")]
    [InlineData("/storage")]
    public async Task AdminPages_ShouldRefuseAndAudit_WhenSignedInUserIsNoLongerAdmin(string page)
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        (await client.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // An administrator demotes this user; the next request must see the new role.
        await app.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync();
            user.Role = UserRole.Viewer;
            return await db.SaveChangesAsync();
        });
        var response = await client.GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/access-denied");
        (await app.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "access.denied"))).Target.ShouldBe($"GET {page}");
    }

    [Fact]
    public async Task DisabledUser_ShouldBeSignedOut_OnTheNextRequest()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        await app.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync();
            user.Status = UserStatus.Disabled;
            return await db.SaveChangesAsync();
        });

        var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/signin");
    }
}
