using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Querying;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Pipelines.Tests.Assets;

public sealed class AssetLibraryTests : IDisposable
{
    private static readonly DateTime T0 = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly AuditActor Operator = new(Guid.NewGuid(), "operator@example.com");

    private readonly string _dataPath = Directory.CreateTempSubdirectory("mediaengine-library-").FullName;
    private readonly TestDatabase _database;
    private readonly RecordingAuditLog _audit = new();
    private readonly AssetLibrary _library;

    public AssetLibraryTests()
    {
        _database = new TestDatabase(_dataPath);
        _library = new AssetLibrary(_database, _audit, TimeProvider.System);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }

    [Fact]
    public async Task ListAsync_ShouldReturnTheRequestedPageNewestFirstWithoutDeletedAssets_WhenThereAreMoreThanAPage()
    {
        for (var i = 0; i < 5; i++)
        {
            await AddAsync($"photo-{i}.png", createdAt: T0.AddMinutes(i));
        }

        await AddAsync("gone.png", createdAt: T0.AddMinutes(10), deleted: true);

        var page = await _library.ListAsync(new AssetFilter(), new PageRequest(1, 2));

        page.TotalCount.ShouldBe(5);
        page.Items.Select(a => a.Name).ShouldBe(["photo-2.png", "photo-1.png"]);
    }

    [Fact]
    public async Task ListAsync_ShouldApplyEveryFilter_WhenKindTagUploaderAndDatesAreGiven()
    {
        var uploader = await AddUserAsync();
        await AddAsync("old.mp4", MediaKind.Video, T0.AddDays(-3), uploader, "campaign");
        var match = await AddAsync("clip.mp4", MediaKind.Video, T0, uploader, "campaign");
        await AddAsync("other-uploader.mp4", MediaKind.Video, T0, tags: ["campaign"]);
        await AddAsync("untagged.mp4", MediaKind.Video, T0, uploader);
        await AddAsync("picture.png", MediaKind.Image, T0, uploader, "campaign");

        var byKind = await _library.ListAsync(new AssetFilter(Kind: MediaKind.Image), new PageRequest(0, 50));
        var all = await _library.ListAsync(
            new AssetFilter(MediaKind.Video, T0.AddDays(-1), T0.AddDays(1), uploader, " Campaign "), new PageRequest(0, 50));

        byKind.Items.Select(a => a.Name).ShouldBe(["picture.png"]);
        all.Items.Select(a => a.Id).ShouldBe([match.Id]);
        all.Items[0].Tags.Select(t => t.Tag).ShouldBe(["campaign"]);
    }

    [Fact]
    public async Task ListAsync_ShouldMatchPartOfTheNameOrOfATagIgnoringCase_WhenSearching()
    {
        var beach = await AddAsync("Beach_Day.JPG", createdAt: T0);
        var tagged = await AddAsync("logo.png", createdAt: T0.AddMinutes(1), tags: ["summer campaign"]);
        await AddAsync("beachXday.png", createdAt: T0.AddMinutes(2));

        var byName = await _library.ListAsync(new AssetFilter(Search: "beach_"), new PageRequest(0, 50));
        var byTag = await _library.ListAsync(new AssetFilter(Search: "CAMPAIGN"), new PageRequest(0, 50));

        byName.Items.Select(a => a.Id).ShouldBe([beach.Id], "'_' is a literal character, not a wildcard");
        byTag.Items.Select(a => a.Id).ShouldBe([tagged.Id]);
    }

    [Fact]
    public async Task AddTagAsync_ShouldStoreTheNormalisedTagOnceAndAuditIt_WhenTheSameTagIsAddedTwice()
    {
        var asset = await AddAsync("chart.png");

        await _library.AddTagAsync(asset.Id, "  Summer   Campaign ", Operator);
        var tags = await _library.AddTagAsync(asset.Id, "summer campaign", Operator);
        await _library.AddTagAsync(asset.Id, "logo", Operator);

        tags.ShouldBe(["summer campaign"]);
        (await _library.FindAsync(asset.Id))!.Tags.Select(t => t.Tag).ShouldBe(["logo", "summer campaign"]);
        (await _library.TagsAsync()).ShouldBe(["logo", "summer campaign"]);
        _audit.Entries.Select(e => (e.Action, e.Target, e.Details)).ShouldBe(
        [
            ("asset.tagged", $"asset:{asset.Id}", "tag=summer campaign"),
            ("asset.tagged", $"asset:{asset.Id}", "tag=logo"),
        ]);
    }

    [Fact]
    public async Task RemoveTagAsync_ShouldRemoveOnlyThatTag_WhenTheAssetHasSeveral()
    {
        var asset = await AddAsync("chart.png", tags: ["logo", "draft"]);

        var tags = await _library.RemoveTagAsync(asset.Id, "DRAFT", Operator);

        tags.ShouldBe(["logo"]);
        (await _library.FindAsync(asset.Id))!.Tags.Select(t => t.Tag).ShouldBe(["logo"]);
        _audit.Entries.Single().Action.ShouldBe("asset.untagged");
    }

    [Fact]
    public async Task AddTagAsync_ShouldRefuseWithTheReasonAndStoreNothing_WhenTheTagHoldsACommaOrIsEmpty()
    {
        var asset = await AddAsync("chart.png");

        var comma = await Should.ThrowAsync<ArgumentException>(() => _library.AddTagAsync(asset.Id, "red, blue", Operator));
        var empty = await Should.ThrowAsync<ArgumentException>(() => _library.AddTagAsync(asset.Id, "   ", Operator));

        comma.Message.ShouldContain("comma");
        empty.Message.ShouldContain("cannot be empty");
        (await _library.FindAsync(asset.Id))!.Tags.ShouldBeEmpty();
    }

    [Fact]
    public async Task DeleteAsync_ShouldRefuseNamingTheJobAndKeepTheAsset_WhenAQueuedJobUsesIt()
    {
        var asset = await AddAsync("beach.jpg");
        var other = await AddAsync("other.jpg");
        var job = await AddJobAsync("Web images · beach.jpg", JobStatus.Queued, other.Id, asset.Id);

        var refusal = await Should.ThrowAsync<AssetInUseException>(() => _library.DeleteAsync(asset.Id, Operator));

        refusal.JobIds.ShouldBe([job.Id]);
        refusal.Message.ShouldBe(
            "'beach.jpg' is not deleted: 1 queued or running job uses it (Web images · beach.jpg (Queued)). " +
            "Wait until they finish or cancel them on the Jobs page, then delete it.");
        (await _library.FindAsync(asset.Id)).ShouldNotBeNull();
        _audit.Entries.Single().Action.ShouldBe("asset.delete-refused");
    }

    [Fact]
    public async Task DeleteAsync_ShouldRefuse_WhenARunningJobWasSubmittedWithTheAssetAsItsLogoParameter()
    {
        var logo = await AddAsync("logo.png");
        var photo = await AddAsync("photo.jpg");
        var job = await AddJobAsync("Carousel · photo.jpg", JobStatus.Running, BrandGraph(null), $$"""{ "$parameters": { "logo": "{{logo.Id}}" } }""", photo.Id);

        var refusal = await Should.ThrowAsync<AssetInUseException>(() => _library.DeleteAsync(logo.Id, Operator));

        refusal.JobIds.ShouldBe([job.Id]);
        (await _library.FindAsync(logo.Id)).ShouldNotBeNull();
    }

    [Fact]
    public async Task DeleteAsync_ShouldRefuse_WhenAQueuedJobPinsAnOlderVersionWhoseGraphUsesTheAsset()
    {
        var logo = await AddAsync("logo.png");
        var photo = await AddAsync("photo.jpg");
        var job = await AddJobAsync("Carousel v1 · photo.jpg", JobStatus.Queued, BrandGraph(logo.Id), "{}", photo.Id);
        await using (var db = _database.CreateDbContext())
        {
            var preset = await db.Presets.SingleAsync(p => p.Id == job.PresetId);
            preset.LatestVersion = 2; // the latest version no longer has the logo: only the job's pinned version does
            db.PresetVersions.Add(new PresetVersion { PresetId = preset.Id, Version = 2, GraphJson = BrandGraph(null), SchemaVersion = 2 });
            await db.SaveChangesAsync();
        }

        var refusal = await Should.ThrowAsync<AssetInUseException>(() => _library.DeleteAsync(logo.Id, Operator));

        refusal.JobIds.ShouldBe([job.Id]);
    }

    [Fact]
    public async Task DeleteAsync_ShouldDelete_WhenAnActiveJobOnlyMentionsTheAssetInItsTitle()
    {
        var asset = await AddAsync("beach.jpg");
        var other = await AddAsync("other.jpg");
        await AddJobAsync($"about {asset.Id}", JobStatus.Queued, "{}", """{ "resize.width": 640 }""", other.Id);

        await _library.DeleteAsync(asset.Id, Operator);

        (await _library.FindAsync(asset.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task DeleteAsync_ShouldSoftDeleteAndAudit_WhenOnlyFinishedJobsUseIt()
    {
        var asset = await AddAsync("beach.jpg");
        var other = await AddAsync("other.jpg");
        await AddJobAsync("done", JobStatus.Succeeded, asset.Id);
        await AddJobAsync("waiting for another asset", JobStatus.Running, other.Id);

        await _library.DeleteAsync(asset.Id, Operator);

        (await _library.FindAsync(asset.Id)).ShouldBeNull();
        await using var db = _database.CreateDbContext();
        (await db.Assets.SingleAsync(a => a.Id == asset.Id)).DeletedAt.ShouldNotBeNull();
        (await _library.ListAsync(new AssetFilter(), new PageRequest(0, 10))).Items.Select(a => a.Name).ShouldBe(["other.jpg"]);
        _audit.Entries.Single().ShouldBe(new AuditEntry(Operator, "asset.deleted", $"asset:{asset.Id}", $"name=beach.jpg; sha256={asset.Sha256}"));
        await Should.ThrowAsync<KeyNotFoundException>(() => _library.DeleteAsync(asset.Id, Operator));
    }

    [Fact]
    public async Task DeleteAsync_ShouldRefuseNamingThePreset_WhileItsLatestVersionUsesTheAssetAsItsLogo()
    {
        var logo = await AddAsync("logo.png");
        await AddPresetAsync("brand-carousel", archivedAt: null, $"{{ \"schemaVersion\": 2, \"name\": \"old\", \"nodes\": [] }}", BrandGraph(logo.Id));
        await AddPresetAsync("archived", archivedAt: T0, BrandGraph(logo.Id));

        var refusal = await Should.ThrowAsync<AssetInUseException>(() => _library.DeleteAsync(logo.Id, Operator));

        refusal.Message.ShouldBe(
            "'logo.png' is not deleted: the latest version of preset \"brand-carousel\" uses it (for example as its logo). " +
            "Choose another image there and save a new version, then delete it.");
        (await _library.FindAsync(logo.Id)).ShouldNotBeNull();
        _audit.Entries.Single().Action.ShouldBe("asset.delete-refused");
    }

    [Fact]
    public async Task DeleteAsync_ShouldDelete_WhenOnlyAnOlderVersionOrADescriptionMentionsTheAsset()
    {
        var logo = await AddAsync("logo.png");
        await AddPresetAsync("moved-on", archivedAt: null, BrandGraph(logo.Id), BrandGraph(null));
        await AddPresetAsync("mentions", archivedAt: null, $"{{ \"schemaVersion\": 1, \"name\": \"x\", \"description\": \"see {logo.Id}\", \"nodes\": [] }}");

        await _library.DeleteAsync(logo.Id, Operator);

        (await _library.FindAsync(logo.Id)).ShouldBeNull();
    }

    private static string BrandGraph(Guid? logo) => $$"""
        { "schemaVersion": 2, "name": "brand",
          "parameters": [ { "name": "logo", "kind": "Image"{{(logo is null ? string.Empty : $", \"default\": \"{logo}\"")}} } ],
          "nodes": [ { "id": "logo", "type": "image.asset", "settings": { "asset": { "$param": "logo" } } } ] }
        """;

    private async Task AddPresetAsync(string slug, DateTime? archivedAt, params string[] versions)
    {
        var preset = new Preset { Slug = slug, Name = slug, LatestVersion = versions.Length, ArchivedAt = archivedAt };
        await using var db = _database.CreateDbContext();
        db.Presets.Add(preset);
        db.PresetVersions.AddRange(versions.Select((json, i) => new PresetVersion { PresetId = preset.Id, Version = i + 1, GraphJson = json, SchemaVersion = 2 }));
        await db.SaveChangesAsync();
    }

    private async Task<Asset> AddAsync(
        string name, MediaKind kind = MediaKind.Image, DateTime? createdAt = null, Guid? uploadedById = null, params string[] tags) =>
        await AddAsync(name, kind, createdAt, uploadedById, deleted: false, tags);

    private async Task<Asset> AddAsync(string name, DateTime createdAt, bool deleted) =>
        await AddAsync(name, MediaKind.Image, createdAt, null, deleted, []);

    private async Task<Asset> AddAsync(string name, MediaKind kind, DateTime? createdAt, Guid? uploadedById, bool deleted, string[] tags)
    {
        var asset = new Asset
        {
            Name = name,
            Kind = kind,
            MimeType = kind == MediaKind.Video ? "video/mp4" : "image/png",
            Sha256 = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            SizeBytes = 1234,
            CreatedAt = createdAt ?? T0,
            UploadedById = uploadedById,
            DeletedAt = deleted ? T0 : null,
        };
        asset.Tags.AddRange(tags.Select(t => new AssetTag { AssetId = asset.Id, Tag = t }));
        await using var db = _database.CreateDbContext();
        db.Assets.Add(asset);
        await db.SaveChangesAsync();
        return asset;
    }

    private async Task<Guid> AddUserAsync()
    {
        var user = new User { Email = "uploader@example.com", Name = "Uploader", Role = UserRole.Operator };
        await using var db = _database.CreateDbContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    private Task<Job> AddJobAsync(string title, JobStatus status, params Guid[] inputs) => AddJobAsync(title, status, "{}", "{}", inputs);

    private async Task<Job> AddJobAsync(string title, JobStatus status, string graphJson, string settingsJson, params Guid[] inputs)
    {
        var preset = new Preset { Slug = $"p-{Guid.NewGuid():N}", Name = "Web images", LatestVersion = 1 };
        var version = new PresetVersion { PresetId = preset.Id, Version = 1, GraphJson = graphJson, SchemaVersion = 1 };
        var job = new Job
        {
            PresetVersionId = version.Id,
            PresetId = preset.Id,
            Title = title,
            InputsJson = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, Guid[]> { ["image"] = inputs }),
            SettingsJson = settingsJson,
        };
        if (status != JobStatus.Queued)
        {
            job.TransitionTo(JobStatus.Running, T0);
        }

        if (status is JobStatus.Succeeded)
        {
            job.TransitionTo(status, T0.AddSeconds(5));
        }

        await using var db = _database.CreateDbContext();
        db.Presets.Add(preset);
        db.PresetVersions.Add(version);
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        return job;
    }

    private sealed class RecordingAuditLog : IAuditLog
    {
        public List<AuditEntry> Entries { get; } = [];

        public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
        {
            Entries.Add(entry);
            return Task.CompletedTask;
        }
    }
}
