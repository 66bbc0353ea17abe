using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Presets;
using MediaEngine.Domain.Querying;
using MediaEngine.Domain.Tests.Graph;
using MediaEngine.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Tests.Presets;

public sealed class WorkbenchDraftsTests
{
    [Fact]
    public async Task AddAsync_ShouldPinEachTestGraphAsAHiddenVersion_WhenGraphsAreRunFromTheWorkbench()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var actor = await PresetTestData.UserAsync(database);
        var drafts = new WorkbenchDrafts(database, TimeProvider.System);

        var first = await drafts.AddAsync(TestGraphs.WebImages(), "my-images", actor);
        var second = await drafts.AddAsync(TestGraphs.WebImages().WithNodeSettings("webp", new() { ["quality"] = 50 }), null, actor);

        first.Version.ShouldBe(1);
        second.Version.ShouldBe(2);
        first.Note.ShouldBe("Test run of my-images");
        second.CreatedById.ShouldBe(actor.Id);
        var resolved = await new PresetResolver(database).ResolveAsync(PresetReference.Parse(first.Id.ToString()), CancellationToken.None);
        resolved!.Id.ShouldBe(first.Id);
        var listed = await new PresetQueries(database).ListAsync(new PresetFilter(), new PageRequest(0, 50));
        listed.Items.ShouldNotContain(p => p.Slug == WorkbenchDrafts.Slug);
        await using var db = database.CreateDbContext();
        (await db.Presets.SingleAsync(p => p.Slug == WorkbenchDrafts.Slug)).ArchivedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task AddAsync_ShouldReuseTheDraftVersion_WhenTheSameGraphIsRunAgain()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var drafts = new WorkbenchDrafts(database, TimeProvider.System);

        var first = await drafts.AddAsync(TestGraphs.WebImages(), null, AuditActor.System);
        var again = await drafts.AddAsync(TestGraphs.WebImages(), "my-images", AuditActor.System);

        again.Id.ShouldBe(first.Id);
        await using var db = database.CreateDbContext();
        (await db.PresetVersions.CountAsync(v => v.Preset!.Slug == WorkbenchDrafts.Slug)).ShouldBe(1);
    }

    [Fact]
    public async Task Drafts_ShouldBeHiddenFromPresetPagesExportsAndClones()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var draft = await new WorkbenchDrafts(database, TimeProvider.System).AddAsync(TestGraphs.WebImages(), null, AuditActor.System);
        var catalog = PresetTestData.Catalog(database);

        (await new PresetQueries(database).FindAsync(WorkbenchDrafts.Slug)).ShouldBeNull();
        (await new PresetQueries(database).VersionsAsync(draft.PresetId)).ShouldBeEmpty();
        (await catalog.ExportAsync(WorkbenchDrafts.Slug, null)).ShouldBeNull();
        (await catalog.ExportAsync(WorkbenchDrafts.Slug, 1)).ShouldBeNull();
        await Should.ThrowAsync<PresetException>(() => catalog.CloneAsync(WorkbenchDrafts.Slug, "Mine", "mine", AuditActor.System));
    }
}
