using System.Text.Json.Nodes;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Presets;
using MediaEngine.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Tests.Presets;

public sealed class PresetImportExportTests
{
    [Fact]
    public async Task ImportAsync_ShouldRecreateTheExportedPresetWithAnEqualGraph_WhenImportedIntoAnotherDatabase()
    {
        await using var source = await SqliteTestDatabase.CreateAsync();
        await PresetTestData.PresetAsync(source, "shop-photos", name: "Shop photos", description: "Photos → shop, 1920 px");
        await PresetTestData.Catalog(source).SaveVersionAsync("shop-photos", PresetTestData.WebImages(quality: 55), "smaller", AuditActor.System);

        var export = (await PresetTestData.Catalog(source).ExportAsync("shop-photos", version: null))!;
        await using var target = await SqliteTestDatabase.CreateAsync();
        var actor = await PresetTestData.UserAsync(target);
        var result = await PresetTestData.Catalog(target).ImportAsync(export.Json, actor);

        export.FileName.ShouldBe("shop-photos-v2.json");
        result.ShouldBe(new PresetImportResult("shop-photos", "Shop photos", 1, CreatedPreset: true));
        await using var db = target.CreateDbContext();
        var preset = await db.Presets.Include(p => p.Versions).SingleAsync();
        (preset.Name, preset.Description, preset.IsSystem, preset.CreatedById).ShouldBe(("Shop photos", "Photos → shop, 1920 px", false, actor.Id));
        var exportedGraph = PipelineGraphJson.Deserialize(export.Json);
        preset.Versions.ShouldHaveSingleItem().GraphJson.ShouldBe(PipelineGraphJson.Serialize(exportedGraph));
        exportedGraph.FindNode("webp")!.Settings["quality"]!.GetValue<int>().ShouldBe(55);
        (await db.AuditEvents.SingleAsync(e => e.Action == "preset.imported")).Target.ShouldBe("preset:shop-photos");
    }

    [Fact]
    public async Task ExportAsync_ShouldWriteTheGraphFileFormatWithTheSlug_WhenAnOlderVersionIsAsked()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await PresetTestData.PresetAsync(database, "shop-photos", name: "Shop photos");
        await PresetTestData.Catalog(database).SaveVersionAsync("shop-photos", PresetTestData.WebImages(quality: 55), null, AuditActor.System);

        var export = (await PresetTestData.Catalog(database).ExportAsync("shop-photos", version: 1))!;

        var root = JsonNode.Parse(export.Json)!.AsObject();
        root.Select(p => p.Key).Take(3).ShouldBe(["schemaVersion", "name", "slug"]);
        root["slug"]!.GetValue<string>().ShouldBe("shop-photos");
        var graph = PipelineGraphJson.Deserialize(export.Json);
        graph.Name.ShouldBe("Shop photos");
        graph.FindNode("webp")!.Settings["quality"]!.GetValue<int>().ShouldBe(80);
        (await PresetTestData.Catalog(database).ExportAsync("shop-photos", version: 9)).ShouldBeNull();
        (await PresetTestData.Catalog(database).ExportAsync("nothing", version: null)).ShouldBeNull();
    }

    [Fact]
    public async Task ImportAsync_ShouldAddAVersion_WhenTheSlugIsAnExistingUserPreset()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var preset = await PresetTestData.PresetAsync(database, "shop-photos", name: "Shop photos");
        var file = PresetFile.Write(PipelineGraphJson.Deserialize(PresetTestData.WebImages(quality: 42)), "Shop photos (small)", "shop-photos", "Smaller");

        var result = await PresetTestData.Catalog(database).ImportAsync(file, AuditActor.System);

        result.ShouldBe(new PresetImportResult("shop-photos", "Shop photos (small)", 2, CreatedPreset: false));
        await using var db = database.CreateDbContext();
        var stored = await db.Presets.Include(p => p.Versions).SingleAsync(p => p.Id == preset.Id);
        (stored.Name, stored.Description, stored.LatestVersion).ShouldBe(("Shop photos (small)", "Smaller", 2));
        stored.Versions.Single(v => v.Version == 1).GraphJson.ShouldBe(PresetTestData.WebImages());
    }

    [Fact]
    public async Task ImportAsync_ShouldAddNoVersionButTakeTheNewName_WhenTheGraphIsTheLatestVersions()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var preset = await PresetTestData.PresetAsync(database, "shop-photos", name: "Shop photos");
        var file = PresetFile.Write(PipelineGraphJson.Deserialize(PresetTestData.WebImages()), "Shop photos, renamed", "shop-photos", "Same graph");

        var result = await PresetTestData.Catalog(database).ImportAsync(file, AuditActor.System);
        var again = await PresetTestData.Catalog(database).ImportAsync(file, AuditActor.System);

        result.ShouldBe(new PresetImportResult("shop-photos", "Shop photos, renamed", 1, CreatedPreset: false, Unchanged: true));
        again.ShouldBe(result);
        await using var db = database.CreateDbContext();
        var stored = await db.Presets.Include(p => p.Versions).SingleAsync(p => p.Id == preset.Id);
        (stored.Name, stored.Description, stored.LatestVersion, stored.Versions.Count).ShouldBe(("Shop photos, renamed", "Same graph", 1, 1));
        (await db.AuditEvents.CountAsync(e => e.Action == "preset.imported")).ShouldBe(1, "only the import that changed the name is audited");
    }

    [Fact]
    public async Task ImportAsync_ShouldMakeTheSlugFromTheName_WhenTheFileIsAPlainGraphFile()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var plain = PipelineGraphJson.Serialize(new PipelineGraph("Web images (copy)", null, [.. Graph().Inputs], [.. Graph().Nodes], [.. Graph().Edges], [.. Graph().Outputs]));

        var result = await PresetTestData.Catalog(database).ImportAsync(plain, AuditActor.System);

        result.Slug.ShouldBe("web-images-copy");
        result.CreatedPreset.ShouldBeTrue();
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "not JSON", "{ \"schemaVersion\": 1, \"name\": \"x\", ", "line" },
        { "empty", "   ", "The file is empty" },
        { "no schema version", "{ \"name\": \"x\", \"nodes\": [] }", "schemaVersion" },
        { "unknown node type", PresetTestData.WebImages().Replace("\"image.convert\"", "\"image.teleport\"", StringComparison.Ordinal), "unknown type \"image.teleport\"" },
        { "invalid setting", PresetTestData.WebImages().Replace("\"width\": 1920", "\"width\": 0", StringComparison.Ordinal), "\"width\" must be between 1 and 10000" },
        { "dangling edge", PresetTestData.WebImages().Replace("\"from\": \"fit.image\"", "\"from\": \"gone.image\"", StringComparison.Ordinal), "gone" },
        { "system slug", PresetTestData.WebImages(), "system preset and cannot be replaced" },
        { "bad slug", PresetTestData.WebImages().Replace("\"name\": \"web-images\"", "\"name\": \"web-images\", \"slug\": \"Web Images!\"", StringComparison.Ordinal), "is not valid" },
        { "slug not a string", PresetTestData.WebImages().Replace("\"name\": \"web-images\"", "\"name\": \"web-images\", \"slug\": 7", StringComparison.Ordinal), "\"slug\" must be a string" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ImportAsync_ShouldRefuseNamingTheProblemAndWriteNothing_WhenTheFileIsBad(string why, string file, string problem)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await PresetTestData.PresetAsync(database, "web-images", isSystem: true);

        var error = await Should.ThrowAsync<PresetException>(() => PresetTestData.Catalog(database).ImportAsync(file, AuditActor.System));

        error.Problems.ShouldContain(p => p.Contains(problem), $"{why}: {string.Join(" | ", error.Problems)}");
        await PresetCatalogTests.AssertUnchangedAsync(database, "web-images");
        await using var db = database.CreateDbContext();
        (await db.Presets.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task ImportAsync_ShouldListEveryProblemAtOnce_WhenTheGraphHasSeveral()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var file = PresetTestData.WebImages()
            .Replace("\"image.convert\"", "\"image.teleport\"", StringComparison.Ordinal)
            .Replace("\"width\": 1920", "\"width\": 0", StringComparison.Ordinal);

        var error = await Should.ThrowAsync<PresetException>(() => PresetTestData.Catalog(database).ImportAsync(file, AuditActor.System));

        error.Problems.Count.ShouldBe(2);
        error.Message.ShouldContain("was not imported");
    }

    private static PipelineGraph Graph() => PipelineGraphJson.Deserialize(PresetTestData.WebImages());
}
