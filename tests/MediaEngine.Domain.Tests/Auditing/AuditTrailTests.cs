using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Querying;
using MediaEngine.Domain.Tests.Support;

namespace MediaEngine.Domain.Tests.Auditing;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task SearchAsync_ShouldFilterByActionAndTextAndPageNewestFirst()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var log = database.AuditLog;
        for (var i = 0; i < 30; i++)
        {
            await log.WriteAsync(new AuditEntry(new AuditActor(null, $"user{i % 3}@example.com"), i % 2 == 0 ? "signin.succeeded" : "apikey.created", $"target-{i}"));
        }

        var trail = new AuditTrail(database);
        var page = await trail.SearchAsync(new AuditFilter(ActionPrefix: "signin", Search: "user0@"), new PageRequest(0, 3));

        page.TotalCount.ShouldBe(5); // i = 0, 6, 12, 18, 24
        page.Items.Count.ShouldBe(3);
        page.Items.Select(e => e.Target).ShouldBe(["target-24", "target-18", "target-12"]);
        (await trail.SearchAsync(new AuditFilter(ActionPrefix: "signin", Search: "user0@"), new PageRequest(1, 3))).Items.Count.ShouldBe(2);
        (await trail.ActionsAsync()).ShouldBe(["apikey.created", "signin.succeeded"]);
    }

    [Fact]
    public async Task SearchAsync_ShouldRespectTimeRange()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await database.AuditLog.WriteAsync(new AuditEntry(AuditActor.System, "startup"));
        var trail = new AuditTrail(database);

        (await trail.SearchAsync(new AuditFilter(From: DateTime.UtcNow.AddMinutes(-5)), new PageRequest(0, 10))).TotalCount.ShouldBe(1);
        (await trail.SearchAsync(new AuditFilter(To: DateTime.UtcNow.AddMinutes(-5)), new PageRequest(0, 10))).TotalCount.ShouldBe(0);
    }
}
