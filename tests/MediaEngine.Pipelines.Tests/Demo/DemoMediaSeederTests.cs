using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Demo;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Media.Tools;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Tests.Demo;

public sealed class DemoMediaSeederTests : IDisposable
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("mediaengine-demo-").FullName;
    private readonly TestDatabase _database;
    private readonly List<AuditEntry> _audit = [];

    public DemoMediaSeederTests() => _database = new TestDatabase(_dataPath);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }

    [Fact]
    public async Task SeedAsync_ShouldTakeInTaggedDemoImagesVideoAndAudioOnce_WhenRunTwice()
    {
        var seeder = Seeder(ToolProbes.Real());

        var first = await seeder.SeedAsync(CancellationToken.None);
        var second = await seeder.SeedAsync(CancellationToken.None);

        first.Select(a => (a.Name, a.Kind)).ShouldBe(
        [
            (DemoMediaGenerator.TestPatternName, MediaKind.Image),
            (DemoMediaGenerator.GradientName, MediaKind.Image),
            (DemoMediaGenerator.SlideTitlesName, MediaKind.Data),
            (DemoMediaGenerator.NarrationName, MediaKind.Text),
            (DemoMediaGenerator.ClipName, MediaKind.Video),
            (DemoMediaGenerator.ToneName, MediaKind.Audio),
        ]);
        second.ShouldBeEmpty();
        await using var db = _database.CreateDbContext();
        var stored = await db.Assets.Include(a => a.Tags).OrderBy(a => a.CreatedAt).ToListAsync();
        stored.Count.ShouldBe(6);
        stored.ShouldAllBe(a => a.Source == "demo" && a.Tags.Count == 1 && a.Tags[0].Tag == "demo");
        var pattern = stored.Single(a => a.Name == DemoMediaGenerator.TestPatternName);
        (pattern.Width, pattern.Height, pattern.MimeType).ShouldBe(((int?)1280, (int?)720, "image/png"));
        var clip = stored.Single(a => a.Kind == MediaKind.Video);
        (clip.Width, clip.Height).ShouldBe(((int?)640, (int?)360));
        clip.DurationSeconds.ShouldNotBeNull().ShouldBe(5, tolerance: 0.2);
        var info = AssetMediaInfo.Read(clip.MediaInfoJson).ShouldNotBeNull();
        (info.Video!.Codec, info.Audio!.Codec).ShouldBe(("h264", "aac"));
        stored.Single(a => a.Kind == MediaKind.Audio).DurationSeconds.ShouldNotBeNull().ShouldBe(3, tolerance: 0.05);
        File.Exists(seeder.MarkerPath).ShouldBeTrue();
        stored.Single(a => a.Name == DemoMediaGenerator.SlideTitlesName).MimeType.ShouldBe("text/csv");
        stored.Single(a => a.Name == DemoMediaGenerator.NarrationName).MimeType.ShouldBe("text/plain");
        var collection = await db.Collections.Include(c => c.Assets).SingleAsync();
        collection.Name.ShouldBe(DemoMediaSeeder.CollectionName);
        collection.Assets.Select(m => m.AssetId).ShouldBe(stored.Select(a => a.Id), ignoreOrder: true);
        _audit.Select(e => e.Action).ShouldBe(["collection.created", "collection.assets-added", "asset.demo-generated"]);
        Directory.GetFileSystemEntries(Path.Combine(_dataPath, "tmp")).Where(p => Path.GetFileName(p).StartsWith("demo-", StringComparison.Ordinal))
            .ShouldBeEmpty("the generated files are removed once taken in");
    }

    [Fact]
    public async Task SeedAsync_ShouldNotBringThemBack_WhenTheDemoAssetsWereDeleted()
    {
        var seeder = Seeder(WithoutFfmpeg());
        (await seeder.SeedAsync(CancellationToken.None)).Count.ShouldBe(4);
        await using (var db = _database.CreateDbContext())
        {
            await db.Assets.ExecuteUpdateAsync(s => s.SetProperty(a => a.DeletedAt, DateTime.UtcNow));
        }

        (await seeder.SeedAsync(CancellationToken.None)).ShouldBeEmpty();

        await using var check = _database.CreateDbContext();
        (await check.Assets.CountAsync(a => a.DeletedAt == null)).ShouldBe(0);
    }

    [Fact]
    public async Task SeedAsync_ShouldMakeOnlyTheImagesTableAndText_WhenFfmpegIsMissing()
    {
        var assets = await Seeder(WithoutFfmpeg()).SeedAsync(CancellationToken.None);

        assets.Select(a => a.Name).ShouldBe(
            [DemoMediaGenerator.TestPatternName, DemoMediaGenerator.GradientName, DemoMediaGenerator.SlideTitlesName, DemoMediaGenerator.NarrationName]);
    }

    [Fact]
    public async Task SeedAsync_ShouldDoNothing_WhenDemoAssetsExistWithoutAMarkerOrItIsSwitchedOff()
    {
        (await Seeder(WithoutFfmpeg(), enabled: false).SeedAsync(CancellationToken.None)).ShouldBeEmpty();
        await using (var db = _database.CreateDbContext())
        {
            db.Assets.Add(new Asset { Name = "earlier.png", MimeType = "image/png", Sha256 = new string('a', 64), Source = "demo" });
            await db.SaveChangesAsync();
        }

        var seeder = Seeder(WithoutFfmpeg());
        (await seeder.SeedAsync(CancellationToken.None)).ShouldBeEmpty();

        File.Exists(seeder.MarkerPath).ShouldBeTrue();
        await using var check = _database.CreateDbContext();
        (await check.Assets.CountAsync()).ShouldBe(1);
    }

    private static ISystemToolProbe WithoutFfmpeg() =>
        ToolProbes.Real(new Dictionary<string, string?> { [SystemTool.FFmpeg.ConfigurationKey] = "/nonexistent/ffmpeg" });

    private DemoMediaSeeder Seeder(ISystemToolProbe generatorTools, bool enabled = true)
    {
        var engine = Options.Create(new MediaEngineOptions { DataPath = _dataPath });
        var limits = Options.Create(new MediaLimits());
        var ingest = new AssetIngestService(
            _database, new AssetFiles(new ArtifactStore(engine)), new ImageLoader(limits), new MediaProbe(ToolProbes.Real()), limits, engine, TimeProvider.System);
        var generator = new DemoMediaGenerator(
            new FfmpegRunner(generatorTools, NullLogger<FfmpegRunner>.Instance), generatorTools, NullLogger<DemoMediaGenerator>.Instance);
        return new DemoMediaSeeder(
            _database, ingest, new AssetCollections(_database, new ListAuditLog(_audit), TimeProvider.System), generator, new ListAuditLog(_audit), engine, Options.Create(new DemoMediaOptions { Enabled = enabled }),
            TimeProvider.System, NullLogger<DemoMediaSeeder>.Instance);
    }

    private sealed class ListAuditLog(List<AuditEntry> entries) : IAuditLog
    {
        public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
        {
            entries.Add(entry);
            return Task.CompletedTask;
        }
    }
}
