using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Security;
using MediaEngine.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Tests.Security;

public sealed class ApiKeyServiceTests
{
    private static readonly AuditActor Admin = new(null, "admin@example.com");

    [Fact]
    public async Task CreateAsync_ShouldStoreOnlyTheHash_AndVerifyTheSecret()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var keys = new ApiKeyService(database, database.AuditLog, TimeProvider.System);

        var created = await keys.CreateAsync("ci", UserRole.Operator, Admin);

        created.Secret.ShouldStartWith(ApiKeyService.KeyPrefix);
        await using var db = database.CreateDbContext();
        var stored = await db.ApiKeys.SingleAsync();
        stored.KeyHash.ShouldNotContain(created.Secret[3..]);
        stored.KeyHash.Length.ShouldBe(64);
        created.Secret.ShouldStartWith(stored.Prefix);
        (await keys.VerifyAsync(created.Secret)).ShouldNotBeNull().Role.ShouldBe(UserRole.Operator);
        (await keys.VerifyAsync(created.Secret + "x")).ShouldBeNull();
    }

    [Fact]
    public async Task VerifyAsync_ShouldRefuse_WhenKeyWasRevoked()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var keys = new ApiKeyService(database, database.AuditLog, TimeProvider.System);
        var created = await keys.CreateAsync("old", UserRole.Admin, Admin);

        await keys.RevokeAsync(created.Key.Id, Admin);

        (await keys.VerifyAsync(created.Secret)).ShouldBeNull();
        await using var db = database.CreateDbContext();
        (await db.AuditEvents.Select(e => e.Action).ToListAsync()).ShouldBe(["apikey.created", "apikey.revoked"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CreateAsync_ShouldRefuse_WhenNameIsBlank(string name)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var keys = new ApiKeyService(database, database.AuditLog, TimeProvider.System);

        await Should.ThrowAsync<ArgumentException>(() => keys.CreateAsync(name, UserRole.Viewer, Admin));
    }
}
