using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Presets;
using MediaEngine.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Tests.Presets;

/// <summary>Saving from the workbench: a new preset keeps its note and refuses a taken slug; an unchanged graph adds no version.</summary>
public sealed class PresetCatalogCreateTests
{
    [Fact]
    public async Task CreateAsync_ShouldMakeVersion1WithTheNote_AndAuditIt()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var actor = await PresetTestData.UserAsync(database);

        var created = await PresetTestData.Catalog(database).CreateAsync(" Shop photos ", "shop-photos", PresetTestData.WebImages(), " for the shop ", actor);

        created.Version.ShouldBe(1);
        created.Note.ShouldBe("for the shop");
        created.Preset!.Slug.ShouldBe("shop-photos");
        await using var db = database.CreateDbContext();
        var preset = await db.Presets.SingleAsync(p => p.Slug == "shop-photos");
        (preset.Name, preset.LatestVersion, preset.IsSystem, preset.CreatedById).ShouldBe(("Shop photos", 1, false, actor.Id));
        (await db.PresetVersions.SingleAsync(v => v.PresetId == preset.Id)).Note.ShouldBe("for the shop");
        (await db.AuditEvents.SingleAsync(e => e.Target == "preset:shop-photos")).Action.ShouldBe("preset.created");
    }

    [Fact]
    public async Task CreateAsync_ShouldRefuseATakenSlug_AndAddNoVersionToThatPreset()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var existing = await PresetTestData.PresetAsync(database, "shop-photos");

        var refusal = await Should.ThrowAsync<PresetException>(() =>
            PresetTestData.Catalog(database).CreateAsync("Other", "shop-photos", PresetTestData.WebImages(quality: 40), "mine", AuditActor.System));

        refusal.Problems.ShouldBe(["The slug \"shop-photos\" is already taken by another preset; choose another."]);
        await using var db = database.CreateDbContext();
        (await db.Presets.SingleAsync(p => p.Id == existing.Id)).LatestVersion.ShouldBe(1);
        (await db.PresetVersions.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task SaveVersionAsync_ShouldAddNoVersion_WhenTheGraphIsTheLatestOne()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await PresetTestData.PresetAsync(database, "shop-photos");

        var unchanged = await Should.ThrowAsync<PresetUnchangedException>(() =>
            PresetTestData.Catalog(database).SaveVersionAsync("shop-photos", PresetTestData.WebImages(), "again", AuditActor.System));

        unchanged.Version.ShouldBe(1);
        unchanged.Message.ShouldBe("Nothing changed since version 1 of \"shop-photos\", so no new version was saved.");
        await using var db = database.CreateDbContext();
        (await db.PresetVersions.CountAsync()).ShouldBe(1);
        (await db.AuditEvents.CountAsync()).ShouldBe(0);
    }
}
