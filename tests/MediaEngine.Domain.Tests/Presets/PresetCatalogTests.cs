using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Presets;
using MediaEngine.Domain.Tests.Graph;
using MediaEngine.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Tests.Presets;

public sealed class PresetCatalogTests
{
    [Fact]
    public async Task SaveVersionAsync_ShouldAddTheNextVersionAndLeaveOlderOnesUnchanged_WhenTheGraphIsValid()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var preset = await PresetTestData.PresetAsync(database, "my-images");
        var actor = await PresetTestData.UserAsync(database);
        var catalog = PresetTestData.Catalog(database);

        var second = await catalog.SaveVersionAsync("my-images", PresetTestData.WebImages(quality: 60), "  lower quality ", actor);
        var third = await catalog.SaveVersionAsync("my-images", PresetTestData.WebImages(quality: 50), null, actor);

        second.Version.ShouldBe(2);
        third.Version.ShouldBe(3);
        await using var db = database.CreateDbContext();
        (await db.Presets.SingleAsync(p => p.Id == preset.Id)).LatestVersion.ShouldBe(3);
        var versions = await db.PresetVersions.Where(v => v.PresetId == preset.Id).OrderBy(v => v.Version).ToListAsync();
        versions.Select(v => v.Version).ShouldBe([1, 2, 3]);
        versions[0].GraphJson.ShouldBe(PresetTestData.WebImages(quality: 80));
        versions[0].Note.ShouldBe("first");
        versions[1].Note.ShouldBe("lower quality");
        versions[1].CreatedById.ShouldBe(actor.Id);
        PipelineGraphJson.Deserialize(versions[1].GraphJson).FindNode("webp")!.Settings["quality"]!.GetValue<int>().ShouldBe(60);
        (await db.AuditEvents.CountAsync(e => e.Action == "preset.version-saved" && e.Target == "preset:my-images")).ShouldBe(2);
    }

    [Fact]
    public async Task SaveVersionAsync_ShouldRefuseWithEveryProblemAndSaveNothing_WhenTheGraphIsInvalid()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await PresetTestData.PresetAsync(database, "my-images");
        var graph = TestGraphs.WebImages()
            .WithNodeSettings("fit", new() { ["width"] = 0 })
            .WithNodeSettings("thumb", new() { ["size"] = 320 });
        var json = PipelineGraphJson.Serialize(graph).Replace("\"image.thumbnail\"", "\"image.sparkle\"", StringComparison.Ordinal);

        var error = await Should.ThrowAsync<PresetException>(() =>
            PresetTestData.Catalog(database).SaveVersionAsync("my-images", json, "broken", AuditActor.System));

        error.Problems.Count.ShouldBe(2);
        error.Problems.ShouldContain(p => p.Contains("\"thumb\" has unknown type \"image.sparkle\""));
        error.Problems.ShouldContain(p => p.Contains("\"width\" must be between 1 and 10000"));
        await AssertUnchangedAsync(database, "my-images");
    }

    [Fact]
    public async Task SaveVersionAsync_ShouldRefuse_WhenTheGraphIsNotReadableJson()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await PresetTestData.PresetAsync(database, "my-images");

        var error = await Should.ThrowAsync<PresetException>(() =>
            PresetTestData.Catalog(database).SaveVersionAsync("my-images", "{ \"schemaVersion\": 1, \"name\": ", null, AuditActor.System));

        error.Message.ShouldContain("cannot be read");
        error.Problems.ShouldHaveSingleItem().ShouldContain("line");
        await AssertUnchangedAsync(database, "my-images");
    }

    [Fact]
    public async Task SaveVersionAsync_ShouldRefuse_WhenThePresetIsASystemPreset()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await PresetTestData.PresetAsync(database, "web-images", isSystem: true);

        var error = await Should.ThrowAsync<PresetException>(() =>
            PresetTestData.Catalog(database).SaveVersionAsync("web-images", PresetTestData.WebImages(60), null, AuditActor.System));

        error.Message.ShouldContain("system preset and read-only");
        error.Message.ShouldContain("clone it");
        await AssertUnchangedAsync(database, "web-images");
    }

    [Fact]
    public async Task RestoreAsync_ShouldSaveTheOldGraphAsANewVersion_WhenAnOlderVersionIsRestored()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var preset = await PresetTestData.PresetAsync(database, "my-images");
        var actor = await PresetTestData.UserAsync(database);
        var catalog = PresetTestData.Catalog(database);
        await catalog.SaveVersionAsync("my-images", PresetTestData.WebImages(quality: 60), null, actor);

        var restored = await catalog.RestoreAsync("my-images", 1, actor);

        restored.Version.ShouldBe(3);
        restored.Note.ShouldBe("Restored from version 1");
        await using var db = database.CreateDbContext();
        var versions = await db.PresetVersions.Where(v => v.PresetId == preset.Id).OrderBy(v => v.Version).ToListAsync();
        versions[2].GraphJson.ShouldBe(versions[0].GraphJson);
        versions[1].GraphJson.ShouldBe(PresetTestData.WebImages(quality: 60));
        (await db.AuditEvents.SingleAsync(e => e.Action == "preset.restored")).Details.ShouldBe("version 1 restored as version 3");
    }

    [Fact]
    public async Task RestoreAsync_ShouldRefuse_WhenTheVersionIsTheLatestMissingOrSystem()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await PresetTestData.PresetAsync(database, "my-images");
        await PresetTestData.PresetAsync(database, "web-images", isSystem: true);
        var catalog = PresetTestData.Catalog(database);

        (await Should.ThrowAsync<PresetException>(() => catalog.RestoreAsync("my-images", 1, AuditActor.System))).Message.ShouldContain("already the latest");
        (await Should.ThrowAsync<PresetException>(() => catalog.RestoreAsync("my-images", 7, AuditActor.System))).Message.ShouldContain("has no version 7");
        (await Should.ThrowAsync<PresetException>(() => catalog.RestoreAsync("web-images", 1, AuditActor.System))).Message.ShouldContain("read-only");
        await AssertUnchangedAsync(database, "my-images");
    }

    [Fact]
    public async Task CloneAsync_ShouldCreateAUserPresetAtVersionOne_WhenASystemPresetIsCloned()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var source = await PresetTestData.PresetAsync(database, "web-images", isSystem: true, description: "Publish photos");
        var actor = await PresetTestData.UserAsync(database);

        var clone = await PresetTestData.Catalog(database).CloneAsync("web-images", " Shop photos ", "shop-photos", actor);

        await using var db = database.CreateDbContext();
        var stored = await db.Presets.Include(p => p.Versions).SingleAsync(p => p.Id == clone.Id);
        stored.Slug.ShouldBe("shop-photos");
        stored.Name.ShouldBe("Shop photos");
        stored.Description.ShouldBe("Publish photos");
        stored.IsSystem.ShouldBeFalse();
        stored.ClonedFromId.ShouldBe(source.Id);
        stored.CreatedById.ShouldBe(actor.Id);
        stored.LatestVersion.ShouldBe(1);
        var version = stored.Versions.ShouldHaveSingleItem();
        version.Note.ShouldBe("Cloned from web-images@1");
        var graph = PipelineGraphJson.Deserialize(version.GraphJson);
        graph.Name.ShouldBe("Shop photos");
        graph.Nodes.ShouldBe(TestGraphs.WebImages().Nodes);
        graph.Edges.ShouldBe(TestGraphs.WebImages().Edges);
        (await db.Presets.SingleAsync(p => p.Id == source.Id)).LatestVersion.ShouldBe(1);
        (await db.AuditEvents.SingleAsync(e => e.Action == "preset.cloned")).Target.ShouldBe("preset:shop-photos");
    }

    [Theory]
    [InlineData("Copy", "web-images", "already taken")]
    [InlineData("Copy", "Bad Slug", "is not valid")]
    [InlineData("Copy", "", "is not valid")]
    [InlineData("  ", "fresh-slug", "Give the preset a name")]
    public async Task CloneAsync_ShouldRefuseAndCreateNothing_WhenTheNameOrSlugIsUnusable(string name, string slug, string problem)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await PresetTestData.PresetAsync(database, "web-images", isSystem: true);

        var error = await Should.ThrowAsync<PresetException>(() =>
            PresetTestData.Catalog(database).CloneAsync("web-images", name, slug, AuditActor.System));

        error.Problems.ShouldHaveSingleItem().ShouldContain(problem);
        await using var db = database.CreateDbContext();
        (await db.Presets.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task SuggestSlugAsync_ShouldAddANumber_WhenTheSlugOfTheNameIsTaken()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await PresetTestData.PresetAsync(database, "web-images", isSystem: true);
        await PresetTestData.PresetAsync(database, "web-images-2");
        var catalog = PresetTestData.Catalog(database);

        (await catalog.SuggestSlugAsync("Web images")).ShouldBe("web-images-3");
        (await catalog.SuggestSlugAsync("Shop · photos (square)")).ShouldBe("shop-photos-square");
    }

    internal static async Task AssertUnchangedAsync(SqliteTestDatabase database, string slug)
    {
        await using var db = database.CreateDbContext();
        var preset = await db.Presets.Include(p => p.Versions).SingleAsync(p => p.Slug == slug);
        preset.LatestVersion.ShouldBe(1);
        preset.Versions.ShouldHaveSingleItem().GraphJson.ShouldBe(PresetTestData.WebImages());
        (await db.AuditEvents.CountAsync(e => e.Action.StartsWith("preset."))).ShouldBe(0);
    }
}
