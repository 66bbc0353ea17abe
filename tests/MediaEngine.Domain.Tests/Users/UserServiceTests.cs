using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Options;
using MediaEngine.Domain.Tests.Support;
using MediaEngine.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Tests.Users;

public sealed class UserServiceTests
{
    private static readonly AuditActor Admin = new(Guid.NewGuid(), "boss@example.com");

    private static UserService Create(SqliteTestDatabase database, params string[] admins) =>
        new(database, Microsoft.Extensions.Options.Options.Create(new MediaEngineOptions { Admins = [.. admins] }), database.AuditLog, TimeProvider.System);

    private static SignInRequest Google(string email) => new(email, "Some One", "https://example.com/p.png", "google", "127.0.0.1");

    [Fact]
    public async Task SignInAsync_ShouldMakeConfiguredAdminAnAdmin_OnFirstSignIn()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var users = Create(database, "Boss@Example.com");

        var decision = await users.SignInAsync(Google("boss@example.com"));

        decision.IsAllowed.ShouldBeTrue();
        decision.User!.Role.ShouldBe(UserRole.Admin);
        decision.User.Status.ShouldBe(UserStatus.Active);
        decision.User.PictureUrl.ShouldBe("https://example.com/p.png");
    }

    [Fact]
    public async Task SignInAsync_ShouldRefuseAndAudit_WhenAccountWasNotInvited()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var users = Create(database, "boss@example.com");

        var decision = await users.SignInAsync(Google("stranger@example.com"));

        decision.IsAllowed.ShouldBeFalse();
        decision.RefusalReason!.ShouldContain("stranger@example.com");
        await using var db = database.CreateDbContext();
        (await db.Users.AnyAsync()).ShouldBeFalse();
        var audit = await db.AuditEvents.SingleAsync();
        audit.Action.ShouldBe("signin.refused");
        audit.Target.ShouldBe("user:stranger@example.com");
    }

    [Fact]
    public async Task SignInAsync_ShouldActivateWithInvitedRole_WhenAccountWasInvited()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var users = Create(database);
        await users.InviteAsync("op@example.com", UserRole.Operator, Admin);

        var decision = await users.SignInAsync(Google("OP@example.com"));

        decision.User!.Role.ShouldBe(UserRole.Operator);
        decision.User.Status.ShouldBe(UserStatus.Active);
        decision.User.Name.ShouldBe("Some One");
    }

    [Fact]
    public async Task SignInAsync_ShouldRefuse_WhenUserWasDisabled()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var users = Create(database);
        var invited = await users.InviteAsync("gone@example.com", UserRole.Viewer, Admin);
        await users.SetDisabledAsync(invited.Id, disabled: true, Admin);

        var decision = await users.SignInAsync(Google("gone@example.com"));

        decision.IsAllowed.ShouldBeFalse();
        decision.RefusalReason!.ShouldContain("disabled");
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("a b@example.com")]
    public async Task InviteAsync_ShouldRefuse_WhenEmailIsInvalid(string email)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();

        await Should.ThrowAsync<ArgumentException>(() => Create(database).InviteAsync(email, UserRole.Viewer, Admin));
    }

    [Fact]
    public async Task InviteAsync_ShouldRefuse_WhenAddressIsAlreadyInvited()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var users = Create(database);
        await users.InviteAsync("twice@example.com", UserRole.Viewer, Admin);

        await Should.ThrowAsync<InvalidOperationException>(() => users.InviteAsync("twice@example.com", UserRole.Admin, Admin));
    }

    [Fact]
    public async Task ChangeRoleAsync_ShouldRefuse_WhenAdminChangesThemselves()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var users = Create(database, "boss@example.com");
        var me = (await users.SignInAsync(Google("boss@example.com"))).User!;

        await Should.ThrowAsync<InvalidOperationException>(() =>
            users.ChangeRoleAsync(me.Id, UserRole.Viewer, new AuditActor(me.Id, me.Email)));
    }

    [Fact]
    public async Task ChangeRoleAsync_ShouldAuditOldAndNewRole()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var users = Create(database);
        var invited = await users.InviteAsync("v@example.com", UserRole.Viewer, Admin);

        await users.ChangeRoleAsync(invited.Id, UserRole.Operator, Admin);

        await using var db = database.CreateDbContext();
        var audit = await db.AuditEvents.SingleAsync(e => e.Action == "user.role-changed");
        audit.Details.ShouldBe("role Viewer → Operator");
        audit.Actor.ShouldBe("boss@example.com");
    }
}
