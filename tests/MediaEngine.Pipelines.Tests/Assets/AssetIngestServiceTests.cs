using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Tests.Assets;

public sealed class AssetIngestServiceTests : IDisposable
{
    private readonly TempFolder _sources = new();
    private readonly string _dataPath = Directory.CreateTempSubdirectory("mediaengine-assets-").FullName;
    private readonly TestDatabase _database;
    private readonly ArtifactStore _store;
    private readonly AssetFiles _files;

    public AssetIngestServiceTests()
    {
        _database = new TestDatabase(_dataPath);
        _store = new ArtifactStore(Options.Create(new MediaEngineOptions { DataPath = _dataPath }));
        _files = new AssetFiles(_store);
    }

    public void Dispose()
    {
        _sources.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }

    [Fact]
    public async Task IngestAsync_ShouldRefuseAndStoreNothing_WhenExecutableIsNamedPng()
    {
        var path = _sources.File("cute-cat.png");
        File.WriteAllBytes(path, [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[2000]]);

        var refusal = await Should.ThrowAsync<AssetRejectedException>(() => Service().IngestAsync(path, "cute-cat.png", "upload", null, CancellationToken.None));

        refusal.Message.ShouldContain("'cute-cat.png' was not accepted: its content is a Linux/Unix program (ELF executable)");
        await ShouldHaveStoredNothingAsync();
    }

    [Fact]
    public async Task IngestAsync_ShouldStorePngReadOnlyWithItsSize_WhenPngIsNamedJpg()
    {
        var path = TestImages.Solid(_sources.File("photo.jpg"), 64, 48, MagickColors.SeaGreen, MagickFormat.Png);

        var result = await Service().IngestAsync(path, "photo.jpg", "upload", null, CancellationToken.None);

        var asset = result.Asset;
        result.Duplicate.ShouldBeFalse();
        (asset.Kind, asset.MimeType, asset.Width, asset.Height, asset.DurationSeconds).ShouldBe((MediaKind.Image, "image/png", (int?)64, (int?)48, (double?)null));
        asset.Name.ShouldBe("photo.jpg");
        asset.SizeBytes.ShouldBe(new FileInfo(path).Length);
        asset.Sha256.ShouldBe(await ArtifactStore.HashAsync(path, CancellationToken.None));
        var stored = _files.PathOf(asset);
        stored.ShouldBe(_store.PathFor(asset.Sha256, ".png"));
        File.ReadAllBytes(stored).ShouldBe(File.ReadAllBytes(path));
        File.GetAttributes(stored).HasFlag(FileAttributes.ReadOnly).ShouldBeTrue();
        (await CountAssetsAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task IngestAsync_ShouldRecordVideoWithDurationAndMediaInfo_WhenMp4HasPictureAndSound()
    {
        var path = await TestMedia.VideoAsync(_sources.File("clip.mp4"), seconds: 1, width: 320, height: 240, withAudio: true);

        var asset = (await Service().IngestAsync(path, "clip.mp4", "upload", null, CancellationToken.None)).Asset;

        (asset.Kind, asset.MimeType, asset.Width, asset.Height).ShouldBe((MediaKind.Video, "video/mp4", (int?)320, (int?)240));
        asset.DurationSeconds.ShouldNotBeNull().ShouldBe(1.0, tolerance: 0.1);
        asset.MediaInfoJson.ShouldNotBeNull().ShouldContain("\"codec\":\"h264\"");
        File.Exists(_store.PathFor(asset.Sha256, ".mp4")).ShouldBeTrue();
    }

    [Fact]
    public async Task IngestAsync_ShouldRecordAudio_WhenWavIsASineTone()
    {
        var path = await TestMedia.SineWavAsync(_sources.File("tone.wav"), seconds: 0.5);

        var asset = (await Service().IngestAsync(path, "tone.wav", "upload", null, CancellationToken.None)).Asset;

        (asset.Kind, asset.MimeType, asset.Width, asset.Height).ShouldBe((MediaKind.Audio, "audio/wav", (int?)null, (int?)null));
        asset.DurationSeconds.ShouldNotBeNull().ShouldBe(0.5, tolerance: 0.01);
        asset.MediaInfoJson.ShouldNotBeNull().ShouldContain("pcm_s16le");
    }

    [Fact]
    public async Task IngestAsync_ShouldRecordAudioAsM4a_WhenMp4HoldsOnlySound()
    {
        var path = await TestMedia.FfmpegAsync(_sources.File("podcast.mp4"), "-f", "lavfi", "-i", "sine=duration=0.5", "-c:a", "aac");

        var asset = (await Service().IngestAsync(path, "podcast.mp4", "upload", null, CancellationToken.None)).Asset;

        (asset.Kind, asset.MimeType, asset.Width).ShouldBe((MediaKind.Audio, "audio/mp4", (int?)null));
        File.Exists(_store.PathFor(asset.Sha256, ".m4a")).ShouldBeTrue();
    }

    [Fact]
    public async Task IngestAsync_ShouldRecordCsvAsData_WhenTableIsNamedTxt()
    {
        var path = _sources.File("prices.txt");
        File.WriteAllText(path, "item,price\napple,1.20\npear,0.90\n");

        var asset = (await Service().IngestAsync(path, "prices.txt", "upload", null, CancellationToken.None)).Asset;

        (asset.Kind, asset.MimeType, asset.MediaInfoJson).ShouldBe((MediaKind.Data, "text/csv", (string?)null));
        File.Exists(_store.PathFor(asset.Sha256, ".csv")).ShouldBeTrue();
    }

    [Fact]
    public async Task IngestAsync_ShouldReturnTheSameAssetAndStoreOneFile_WhenTheSameContentComesTwice()
    {
        var first = TestImages.Solid(_sources.File("a.png"), 32, 32, MagickColors.Red, MagickFormat.Png);
        var second = _sources.File("copy of a.png");
        File.Copy(first, second);
        var service = Service();

        var one = await service.IngestAsync(first, "a.png", "upload", null, CancellationToken.None);
        var two = await service.IngestAsync(second, "copy of a.png", "drive", null, CancellationToken.None);

        one.Duplicate.ShouldBeFalse();
        two.Duplicate.ShouldBeTrue();
        two.Asset.Id.ShouldBe(one.Asset.Id);
        two.Asset.Name.ShouldBe("a.png");
        (await CountAssetsAsync()).ShouldBe(1);
        StoredFiles().ShouldBe([_files.PathOf(one.Asset)]);
    }

    [Fact]
    public async Task IngestAsync_ShouldRefuseNamingTheSetting_WhenFileIsOverMaxFileBytes()
    {
        var path = _sources.File("big.txt");
        File.WriteAllText(path, new string('x', 2000));

        var refusal = await Should.ThrowAsync<AssetRejectedException>(
            () => Service(new MediaLimits { MaxFileBytes = 1000 }).IngestAsync(path, "big.txt", "upload", null, CancellationToken.None));

        refusal.Message.ShouldBe("'big.txt' was not accepted: it is 2 KiB, over the 1,000 bytes limit (MediaEngine:Media:MaxFileBytes)");
        await ShouldHaveStoredNothingAsync();
    }

    [Fact]
    public async Task IngestAsync_ShouldRefuseBeforeDecoding_WhenImageHeaderClaimsTooManyPixels()
    {
        var path = TestImages.PngWithFakeSize(_sources.File("bomb.png"), 20_000, 20_000);

        var refusal = await Should.ThrowAsync<AssetRejectedException>(() => Service().IngestAsync(path, "bomb.png", "upload", null, CancellationToken.None));

        refusal.Message.ShouldContain("20000×20000 = 400 megapixels, over the 100 megapixel limit (MediaEngine:Media:MaxPixels)");
        await ShouldHaveStoredNothingAsync();
    }

    [Fact]
    public async Task IngestAsync_ShouldRefuseAndStoreNothing_WhenMp4IsTruncated()
    {
        var whole = await TestMedia.VideoAsync(_sources.File("whole.mp4"), seconds: 1);
        var path = _sources.File("broken.mp4");
        var bytes = File.ReadAllBytes(whole);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var refusal = await Should.ThrowAsync<AssetRejectedException>(() => Service().IngestAsync(path, "broken.mp4", "upload", null, CancellationToken.None));

        refusal.Message.ShouldStartWith("'broken.mp4' was not accepted: ffprobe cannot read it");
        await ShouldHaveStoredNothingAsync();
    }

    [Fact]
    public async Task IngestAsync_ShouldLeaveTheSourceFileAsItWas_WhenItIsStored()
    {
        var path = await TestMedia.VideoAsync(_sources.File("keep.mp4"), seconds: 0.5);
        var hashBefore = await ArtifactStore.HashAsync(path, CancellationToken.None);
        var attributesBefore = File.GetAttributes(path);
        var writtenBefore = File.GetLastWriteTimeUtc(path);

        await Service().IngestAsync(path, "keep.mp4", "upload", null, CancellationToken.None);

        File.Exists(path).ShouldBeTrue();
        (await ArtifactStore.HashAsync(path, CancellationToken.None)).ShouldBe(hashBefore);
        File.GetAttributes(path).ShouldBe(attributesBefore);
        File.GetLastWriteTimeUtc(path).ShouldBe(writtenBefore);
    }

    [Fact]
    public async Task IngestAsync_ShouldRecordSourceUploaderAndNameWithoutFolders_WhenNameHasAPath()
    {
        var path = TestImages.Solid(_sources.File("x.png"), 8, 8, MagickColors.Blue, MagickFormat.Png);
        var uploader = await AddUserAsync();

        var asset = (await Service().IngestAsync(path, @"C:\Users\me\Pictures\blue.png", "upload", uploader, CancellationToken.None)).Asset;

        var saved = await QueryAsync(db => db.Assets.SingleAsync(a => a.Id == asset.Id));
        (saved.Name, saved.Source, saved.UploadedById).ShouldBe(("blue.png", "upload", (Guid?)uploader));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\photos\\a.jpg", "a.jpg")]
    [InlineData("invoice\u202Egnp.exe", "invoicegnp.exe")]
    [InlineData("  tab\tbed.png  ", "tabbed.png")]
    [InlineData("..", "unnamed")]
    [InlineData("", "unnamed")]
    public void SanitizeName_ShouldKeepOnlyAPlainFileName_WhenNameHasPathsOrHiddenCharacters(string original, string expected) =>
        AssetIngestService.SanitizeName(original).ShouldBe(expected);

    [Fact]
    public void SanitizeName_ShouldCutLongNamesKeepingTheExtension_WhenNameIsOverTheColumnLength()
    {
        var name = AssetIngestService.SanitizeName(new string('n', 1000) + ".jpeg");

        name.Length.ShouldBe(AssetIngestService.MaxNameLength);
        name.ShouldEndWith("n.jpeg");
    }

    [Fact]
    public async Task ToInput_ShouldPointAtTheStoredFileWithTheAssetsFacts_WhenAssetWasIngested()
    {
        var path = TestImages.Solid(_sources.File("in.png"), 40, 30, MagickColors.Gold, MagickFormat.Png);
        var asset = (await Service().IngestAsync(path, "gold.jpg", "upload", null, CancellationToken.None)).Asset;

        var input = _files.ToInput(asset);

        input.ShouldBe(new Abstractions.ArtifactRef(asset.Sha256, _store.PathFor(asset.Sha256, ".png"), PortKind.Image, "image/png", asset.SizeBytes, 40, 30, null)
        {
            Name = "gold.jpg",
            SourceAssetId = asset.Id,
        });
        File.Exists(input.Path).ShouldBeTrue();
    }

    [Theory]
    [InlineData(MediaKind.Image, PortKind.Image)]
    [InlineData(MediaKind.Video, PortKind.Video)]
    [InlineData(MediaKind.Audio, PortKind.Audio)]
    [InlineData(MediaKind.Text, PortKind.Text)]
    [InlineData(MediaKind.Data, PortKind.Data)]
    public void PortKindOf_ShouldMapEveryMediaKind_WhenAssetFeedsAPipeline(MediaKind kind, PortKind expected) =>
        AssetFiles.PortKindOf(kind).ShouldBe(expected);

    private AssetIngestService Service(MediaLimits? limits = null)
    {
        var mediaLimits = Options.Create(limits ?? new MediaLimits());
        return new AssetIngestService(
            _database, _files, new ImageLoader(mediaLimits), new MediaProbe(ToolProbes.Real()), mediaLimits,
            Options.Create(new MediaEngineOptions { DataPath = _dataPath }), TimeProvider.System);
    }

    private async Task ShouldHaveStoredNothingAsync()
    {
        StoredFiles().ShouldBeEmpty();
        (await CountAssetsAsync()).ShouldBe(0);
        var staging = Path.Combine(_dataPath, "tmp", "ingest");
        (Directory.Exists(staging) ? Directory.GetFiles(staging) : []).ShouldBeEmpty();
    }

    private string[] StoredFiles() =>
        Directory.Exists(_store.Root) ? Directory.GetFiles(_store.Root, "*", SearchOption.AllDirectories) : [];

    private Task<int> CountAssetsAsync() => QueryAsync(db => db.Assets.CountAsync());

    private async Task<Guid> AddUserAsync()
    {
        var user = new User { Email = "uploader@example.com", Name = "Uploader" };
        await using var db = _database.CreateDbContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    private async Task<T> QueryAsync<T>(Func<Domain.Persistence.MediaEngineDbContext, Task<T>> query)
    {
        await using var db = _database.CreateDbContext();
        return await query(db);
    }
}
