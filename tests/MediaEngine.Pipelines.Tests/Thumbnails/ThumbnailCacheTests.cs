using System.Security.Cryptography;
using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Thumbnails;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Tests.Thumbnails;

public sealed class ThumbnailCacheTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ThumbnailCache Cache() => new(
        Options.Create(new MediaEngineOptions { DataPath = _folder.File("data") }),
        new ImageLoader(Options.Create(new MediaLimits())),
        new FfmpegRunner(ToolProbes.Real(), NullLogger<FfmpegRunner>.Instance));

    private static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static (uint Width, uint Height, MagickFormat Format) Read(string path)
    {
        using var image = new MagickImage(path);
        return (image.Width, image.Height, image.Format);
    }

    [Fact]
    public async Task GetAsync_ShouldScaleAnImageDownToAWebpAndServeItFromTheCache_WhenAskedTwice()
    {
        var png = await TestMedia.ImageAsync(_folder.File("wide.png"), 1200, 600);
        var before = Sha256Of(png);
        var cache = Cache();

        var path = await cache.GetAsync(png, before, MediaKind.Image, 320, null, CancellationToken.None);
        var written = File.GetLastWriteTimeUtc(path);
        var again = await cache.GetAsync(png, before, MediaKind.Image, 320, null, CancellationToken.None);

        Read(path).ShouldBe((320u, 160u, MagickFormat.WebP));
        path.ShouldBe(cache.PathFor(before, 320));
        path.ShouldStartWith(cache.Root);
        again.ShouldBe(path);
        File.GetLastWriteTimeUtc(again).ShouldBe(written);
        Sha256Of(png).ShouldBe(before, "the source is only read");
    }

    [Fact]
    public async Task GetAsync_ShouldNotEnlargeASmallImage_WhenTheSizeIsLargerThanIt()
    {
        var png = await TestMedia.ImageAsync(_folder.File("small.png"), 100, 80);

        var path = await Cache().GetAsync(png, Sha256Of(png), MediaKind.Image, 640, null, CancellationToken.None);

        Read(path).ShouldBe((100u, 80u, MagickFormat.WebP));
    }

    [Fact]
    public async Task GetAsync_ShouldTakeAPosterFrame_WhenTheFileIsAVideo()
    {
        var video = await TestMedia.VideoAsync(_folder.File("clip.mp4"), 2, 640, 360);

        var path = await Cache().GetAsync(video, Sha256Of(video), MediaKind.Video, 320, 2, CancellationToken.None);

        Read(path).ShouldBe((320u, 180u, MagickFormat.WebP));
    }

    [Fact]
    public async Task GetAsync_ShouldDrawTheWaveform_WhenTheFileIsAudio()
    {
        var wav = await TestMedia.SineWavAsync(_folder.File("tone.wav"), 1);

        var path = await Cache().GetAsync(wav, Sha256Of(wav), MediaKind.Audio, 320, 1, CancellationToken.None);

        Read(path).ShouldBe((320u, 160u, MagickFormat.WebP));
    }

    [Fact]
    public async Task GetAsync_ShouldMakeTheThumbnailOnce_WhenManyAskForItAtTheSameTime()
    {
        var png = await TestMedia.ImageAsync(_folder.File("busy.png"), 800, 800);
        var sha = Sha256Of(png);
        var cache = Cache();

        var paths = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.GetAsync(png, sha, MediaKind.Image, 160, null, CancellationToken.None)));

        paths.Distinct().ShouldHaveSingleItem();
        Directory.EnumerateFiles(cache.Root, "*", SearchOption.AllDirectories).ShouldBe([cache.PathFor(sha, 160)]);
    }

    [Fact]
    public async Task GetAsync_ShouldRefuseWithAReason_WhenTheSizeOrKindIsNotOfferedOrTheFileIsNotMedia()
    {
        var png = await TestMedia.ImageAsync(_folder.File("any.png"), 50, 50);
        var text = _folder.File("notes.png");
        await File.WriteAllTextAsync(text, "not a picture");
        var cache = Cache();

        (await Should.ThrowAsync<ArgumentException>(() => cache.GetAsync(png, Sha256Of(png), MediaKind.Image, 333, null, CancellationToken.None)))
            .Message.ShouldContain("160, 320, 640");
        await Should.ThrowAsync<ArgumentException>(() => cache.GetAsync(png, Sha256Of(png), MediaKind.Text, 160, null, CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => cache.GetAsync(png, "../../etc", MediaKind.Image, 160, null, CancellationToken.None));
        await Should.ThrowAsync<MediaInputException>(() => cache.GetAsync(text, Sha256Of(text), MediaKind.Image, 160, null, CancellationToken.None));
        File.Exists(cache.PathFor(Sha256Of(text), 160)).ShouldBeFalse();
    }
}
