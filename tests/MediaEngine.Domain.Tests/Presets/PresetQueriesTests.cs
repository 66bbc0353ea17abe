using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Presets;
using MediaEngine.Domain.Querying;
using MediaEngine.Domain.Tests.Support;

namespace MediaEngine.Domain.Tests.Presets;

public sealed class PresetQueriesTests
{
    private static readonly DateTime T0 = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task ListAsync_ShouldGiveLatestVersionLastRunAndSuccessRatePerPreset_WhenJobsExist()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var web = await PresetTestData.PresetAsync(database, "web-images", isSystem: true, name: "Web images");
        var shop = await PresetTestData.PresetAsync(database, "shop-photos", name: "Shop photos");
        await PresetTestData.Catalog(database).SaveVersionAsync("shop-photos", PresetTestData.WebImages(60), null, AuditActor.System);
        await AddJobsAsync(
            database,
            Job(web, JobStatus.Succeeded, T0),
            Job(web, JobStatus.Succeeded, T0.AddHours(1)),
            Job(web, JobStatus.Succeeded, T0.AddHours(2)),
            Job(web, JobStatus.Failed, T0.AddHours(3)),
            Job(web, JobStatus.Cancelled, T0.AddHours(4)),
            Job(web, JobStatus.Failed, T0.AddHours(9), isTest: true));

        var page = await new PresetQueries(database).ListAsync(new PresetFilter(), new PageRequest(0, 50));

        page.TotalCount.ShouldBe(2);
        page.Items.Select(p => p.Slug).ShouldBe(["shop-photos", "web-images"]);
        var (shopRow, webRow) = (page.Items[0], page.Items[1]);
        shopRow.LatestVersion.ShouldBe(2);
        shopRow.LatestGraphJson.ShouldBe(PresetTestData.WebImages(60));
        shopRow.LastRunAt.ShouldBeNull();
        shopRow.SuccessRate.ShouldBeNull();
        webRow.IsSystem.ShouldBeTrue();
        webRow.LastRunAt.ShouldBe(T0.AddHours(4));
        (webRow.Succeeded, webRow.Failed).ShouldBe((3, 1));
        webRow.SuccessRate.ShouldBe(0.75);
        shop.Id.ShouldBe(shopRow.Id);
    }

    [Theory]
    [InlineData("SHOP", PresetKindFilter.All, new[] { "shop-photos" })]
    [InlineData("thumbnail", PresetKindFilter.All, new[] { "web-images" })]
    [InlineData("-", PresetKindFilter.All, new[] { "shop-photos", "web-images" })]
    [InlineData("%", PresetKindFilter.All, new string[0])]
    [InlineData(null, PresetKindFilter.System, new[] { "web-images" })]
    [InlineData(null, PresetKindFilter.User, new[] { "shop-photos" })]
    [InlineData("web", PresetKindFilter.User, new string[0])]
    public async Task ListAsync_ShouldMatchNameSlugOrDescriptionAndKind_WhenFiltered(string? search, PresetKindFilter kind, string[] expected)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await PresetTestData.PresetAsync(database, "web-images", isSystem: true, name: "Web images", description: "WebP plus a thumbnail");
        await PresetTestData.PresetAsync(database, "shop-photos", name: "Shop photos");
        var archived = await PresetTestData.PresetAsync(database, "old-shop", name: "Old shop");
        await using (var db = database.CreateDbContext())
        {
            db.Presets.Single(p => p.Id == archived.Id).ArchivedAt = T0;
            await db.SaveChangesAsync();
        }

        var page = await new PresetQueries(database).ListAsync(new PresetFilter(search, kind), new PageRequest(0, 50));

        page.Items.Select(p => p.Slug).ShouldBe(expected);
        page.TotalCount.ShouldBe(expected.Length);
    }

    [Fact]
    public async Task VersionsAsync_ShouldListNewestFirstWithWhoSavedThem_WhenThereAreSeveral()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var preset = await PresetTestData.PresetAsync(database, "shop-photos");
        var actor = await PresetTestData.UserAsync(database, "Olga Operator");
        await PresetTestData.Catalog(database).SaveVersionAsync("shop-photos", PresetTestData.WebImages(60), "lower", actor);

        var versions = await new PresetQueries(database).VersionsAsync(preset.Id);

        versions.Select(v => (v.Version, v.Note, v.CreatedBy)).ShouldBe([(2, "lower", "Olga Operator"), (1, "first", (string?)null)]);
    }

    private static Job Job(Preset preset, JobStatus status, DateTime createdAt, bool isTest = false)
    {
        var job = new Job
        {
            Title = $"{preset.Name} · {status}",
            PresetId = preset.Id,
            PresetVersionId = preset.Versions[0].Id,
            CreatedAt = createdAt,
            IsTest = isTest,
        };
        job.TransitionTo(status == JobStatus.Cancelled ? JobStatus.Cancelled : JobStatus.Running, createdAt.AddSeconds(1));
        if (status != JobStatus.Cancelled)
        {
            job.TransitionTo(status, createdAt.AddSeconds(5));
        }

        return job;
    }

    private static async Task AddJobsAsync(SqliteTestDatabase database, params Job[] jobs)
    {
        await using var db = database.CreateDbContext();
        db.Jobs.AddRange(jobs);
        await db.SaveChangesAsync();
    }
}
