using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Pipelines.Tests.Storage;

public sealed class StorageCleanupServiceTests : IDisposable
{
    private static readonly AuditActor Admin = new(Guid.NewGuid(), "admin@example.com");
    private readonly StorageFixture _storage = new();

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task RunAsync_ShouldRemoveOnlyOldUnsharedIntermediates_WhenOthersSharePublishedOrSourceContent()
    {
        var lonely = _storage.Content(1000);
        var old = await _storage.ArtifactAsync(lonely, ageDays: 40);
        var publishedContent = _storage.Content(2000);
        var published = await _storage.ArtifactAsync(publishedContent, ageDays: 40, published: true);
        var sharesPublished = await _storage.ArtifactAsync(publishedContent, ageDays: 40);
        var sourceContent = _storage.Content(3000, ".jpg");
        await _storage.AssetAsync(sourceContent);
        var sharesSource = await _storage.ArtifactAsync(sourceContent, ageDays: 40); // an input node's pass-through
        var newerContent = _storage.Content(4000);
        var newer = await _storage.ArtifactAsync(newerContent, ageDays: 5);
        var sharesNewer = await _storage.ArtifactAsync(newerContent, ageDays: 40);
        await _storage.CacheAsync("aa" + new string('1', 62), lonely);
        await _storage.CacheAsync("bb" + new string('2', 62), publishedContent);

        var result = await _storage.Cleanup().RunAsync(Admin);

        (result.Freed.Files, result.Freed.Bytes, result.ArtifactsPurged, result.ArtifactsKept, result.CacheEntriesRemoved).ShouldBe((1L, 1000L, 1, 3, 1));
        _storage.Store.Find(lonely).ShouldBeNull();
        foreach (var kept in new[] { publishedContent, sourceContent, newerContent })
        {
            _storage.Store.Find(kept).ShouldNotBeNull();
        }

        await using var db = _storage.Database.CreateDbContext();
        var purged = await db.Artifacts.Where(a => a.PurgedAt != null).Select(a => a.Id).ToListAsync();
        purged.ShouldBe([old.Id]);
        (await db.Artifacts.CountAsync()).ShouldBe(6, "rows stay so that lineage stays whole");
        (await db.Artifacts.SingleAsync(a => a.Id == old.Id)).PurgedAt.ShouldBe(StorageFixture.Now.UtcDateTime);
        new[] { published.Id, sharesPublished.Id, sharesSource.Id, newer.Id, sharesNewer.Id }.ShouldNotContain(id => purged.Contains(id));
        (await _storage.Cache.TryGetAsync("aa" + new string('1', 62), CancellationToken.None)).ShouldBeNull();
        (await _storage.Cache.TryGetAsync("bb" + new string('2', 62), CancellationToken.None)).ShouldNotBeNull();
        var audit = _storage.Audit.Entries.ShouldHaveSingleItem();
        (audit.Actor, audit.Action).ShouldBe((Admin, "storage.cleanup"));
        audit.Details.ShouldNotBeNull().ShouldContain("retention=30d; before=2026-10-25 12:00:00Z; files=1; bytes=1000; artifacts=1; kept=3; cache=1");
    }

    [Fact]
    public async Task RunAsync_ShouldKeepTheFileOfADeletedSourceAsset_WhenAnOldIntermediateSharesIt()
    {
        var sourceContent = _storage.Content(3000, ".jpg");
        await _storage.AssetAsync(sourceContent, deleted: true);
        var passThrough = await _storage.ArtifactAsync(sourceContent, ageDays: 40);

        var result = await _storage.Cleanup().RunAsync(Admin);

        (result.Freed.Files, result.ArtifactsPurged).ShouldBe((0L, 0));
        _storage.Store.Find(sourceContent).ShouldNotBeNull("deleting an asset is soft: its file stays");
        await using var db = _storage.Database.CreateDbContext();
        (await db.Artifacts.SingleAsync(a => a.Id == passThrough.Id)).PurgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task PreviewAsync_ShouldOnlyCountIntermediatesOlderThanTheRetention_WhenTheClockMoves()
    {
        var content = _storage.Content(1500);
        await _storage.ArtifactAsync(content, ageDays: 29);
        var cleanup = _storage.Cleanup(retentionDays: 30);

        var early = await cleanup.PreviewAsync();
        _storage.Clock.Now = StorageFixture.Now.AddDays(2);
        var later = await cleanup.PreviewAsync();

        (early.Removable.Files, early.ArtifactsToPurge).ShouldBe((0L, 0));
        (later.Removable.Files, later.Removable.Bytes, later.ArtifactsToPurge).ShouldBe((1L, 1500L, 1));
        _storage.Store.Find(content).ShouldNotBeNull("a preview changes nothing");
        _storage.Audit.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_ShouldChangeNothing_WhenRunASecondTime()
    {
        var removed = _storage.Content(800);
        await _storage.ArtifactAsync(removed, ageDays: 60);
        var shared = _storage.Content(900);
        await _storage.ArtifactAsync(shared, ageDays: 60, published: true);
        await _storage.ArtifactAsync(shared, ageDays: 60);
        var cleanup = _storage.Cleanup();
        await cleanup.RunAsync(Admin);

        var again = await cleanup.RunAsync(Admin);

        (again.Freed.Files, again.ArtifactsPurged, again.ArtifactsKept, again.CacheEntriesRemoved).ShouldBe((0L, 0, 1, 0));
        _storage.Store.Find(shared).ShouldNotBeNull();
        await using var db = _storage.Database.CreateDbContext();
        (await db.Artifacts.CountAsync(a => a.PurgedAt != null)).ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_ShouldKeepTheFile_WhenAJobRecordedTheSameContentAfterThePreview()
    {
        var content = _storage.Content(700);
        await _storage.ArtifactAsync(content, ageDays: 50);
        var cleanup = _storage.Cleanup();
        (await cleanup.PreviewAsync()).Removable.Files.ShouldBe(1);
        await _storage.ArtifactAsync(content, ageDays: 0); // a re-run served from the cache records it again

        var result = await cleanup.RunAsync(Admin);

        (result.Freed.Files, result.ArtifactsPurged).ShouldBe((0L, 0));
        _storage.Store.Find(content).ShouldNotBeNull();
    }
}
