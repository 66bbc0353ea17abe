using System.Security.Cryptography;
using MediaEngine.Pipelines.Compare;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Media.Tools;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaEngine.Pipelines.Tests.Compare;

public sealed class MediaComparerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static MediaComparer Comparer(ISystemToolProbe? tools = null)
    {
        tools ??= ToolProbes.Real();
        return new MediaComparer(new MediaProbe(tools), tools, NullLogger<MediaComparer>.Instance);
    }

    private Task<string> BlurredAsync(string source, string name, string filter = "boxblur=6:2,noise=alls=40:allf=t") =>
        TestMedia.FfmpegAsync(_folder.File(name), "-i", source, "-vf", filter, "-frames:v", "1");

    [Fact]
    public async Task CompareAsync_ShouldReportSsimOfOneAndNoDeltas_WhenAnImageIsComparedWithItself()
    {
        var png = await TestMedia.ImageAsync(_folder.File("same.png"), 160, 120);

        var result = await Comparer().CompareAsync(png, png, CancellationToken.None);

        result.Ssim.ShouldNotBeNull().ShouldBe(1.0, tolerance: 0.0005);
        result.SsimNote.ShouldBeNull();
        result.Before.ShouldBe(new ComparedFile(ComparedKind.Image, new FileInfo(png).Length, 160, 120, null, null));
        result.After.ShouldBe(result.Before);
        result.SizeDeltaPercent.ShouldBe(0);
        result.BitRateDeltaPercent.ShouldBeNull();
    }

    [Fact]
    public async Task CompareAsync_ShouldReportSsimBelowOneAndLeaveFilesUntouched_WhenTheAfterIsBlurredAndNoisy()
    {
        var png = await TestMedia.ImageAsync(_folder.File("sharp.png"), 160, 120);
        var blurred = await BlurredAsync(png, "blurred.png");
        var hashes = new[] { png, blurred }.Select(p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p)))).ToList();

        var result = await Comparer().CompareAsync(png, blurred, CancellationToken.None);

        result.Ssim.ShouldNotBeNull().ShouldBeInRange(0.05, 0.9);
        result.SizeDeltaPercent.ShouldNotBeNull().ShouldNotBe(0);
        new[] { png, blurred }.Select(p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p)))).ShouldBe(hashes);
    }

    [Fact]
    public async Task CompareAsync_ShouldScaleTheAfterToTheBefore_WhenDimensionsDiffer()
    {
        var png = await TestMedia.ImageAsync(_folder.File("large.png"), 320, 240);
        var small = await BlurredAsync(png, "small.jpg", "scale=160:120");
        var noisySmall = await BlurredAsync(png, "noisy-small.jpg", "scale=160:120,noise=alls=60:allf=t");

        var comparer = Comparer();
        var scaled = await comparer.CompareAsync(png, small, CancellationToken.None);
        var noisy = await comparer.CompareAsync(png, noisySmall, CancellationToken.None);

        (scaled.After.Width, scaled.After.Height).ShouldBe((160, 120));
        scaled.PixelDeltaPercent.ShouldBe(-75);
        scaled.Ssim.ShouldNotBeNull().ShouldBeInRange(0.5, 0.999);
        noisy.Ssim.ShouldNotBeNull().ShouldBeLessThan(scaled.Ssim.Value);
    }

    [Fact]
    public async Task CompareAsync_ShouldMeasureVideoWithDurationBitRateAndProgress_WhenBothAreClips()
    {
        var clip = await TestMedia.VideoAsync(_folder.File("clip.mp4"), seconds: 1);
        var rough = await TestMedia.FfmpegAsync(
            _folder.File("rough.mp4"), "-i", clip, "-vf", "scale=160:120", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "45");
        var progress = new RecordingProgress();

        var result = await Comparer().CompareAsync(clip, rough, measureSsim: true, progress, CancellationToken.None);

        result.Before.Kind.ShouldBe(ComparedKind.Video);
        result.Before.DurationSeconds.ShouldNotBeNull().ShouldBe(1.0, tolerance: 0.1);
        result.After.DurationSeconds.ShouldNotBeNull().ShouldBe(1.0, tolerance: 0.1);
        result.BitRateDeltaPercent.ShouldNotBeNull().ShouldBeLessThan(0);
        result.Ssim.ShouldNotBeNull().ShouldBeInRange(0.1, 0.99);
        progress.Values.ShouldNotBeEmpty();
        progress.Values[^1].ShouldBe(100);
    }

    [Fact]
    public async Task CompareAsync_ShouldLeaveSsimNullWithANote_WhenTheFilesAreAudio()
    {
        var shortTone = await TestMedia.SineWavAsync(_folder.File("short.wav"), 0.5);
        var longTone = await TestMedia.SineWavAsync(_folder.File("long.wav"), 1);

        var result = await Comparer().CompareAsync(shortTone, longTone, CancellationToken.None);

        result.Ssim.ShouldBeNull();
        result.SsimNote.ShouldBe(MediaComparison.AudioSsimNote);
        result.Before.ShouldSatisfyAllConditions(
            b => b.Kind.ShouldBe(ComparedKind.Audio),
            b => b.SizeBytes.ShouldBe(new FileInfo(shortTone).Length),
            b => b.Width.ShouldBeNull());
        result.SizeDeltaPercent.ShouldNotBeNull().ShouldBe(100, tolerance: 2);
    }

    [Fact]
    public async Task CompareAsync_ShouldNameTheFile_WhenTheAfterDoesNotExist()
    {
        var png = await TestMedia.ImageAsync(_folder.File("there.png"), 32, 32);

        var error = await Should.ThrowAsync<MediaInputException>(() => Comparer().CompareAsync(png, _folder.File("gone.png"), CancellationToken.None));

        error.Message.ShouldBe("'gone.png' cannot be used: it does not exist");
    }

    [Fact]
    public async Task CompareAsync_ShouldSayFfmpegIsMissing_WhenItIsNotInstalled()
    {
        var png = await TestMedia.ImageAsync(_folder.File("still.png"), 32, 32);
        var tools = ToolProbes.Real(new() { [SystemTool.FFmpeg.ConfigurationKey] = _folder.File("no-ffmpeg") });

        var error = await Should.ThrowAsync<InvalidOperationException>(() => Comparer(tools).CompareAsync(png, png, CancellationToken.None));

        error.Message.ShouldStartWith("ffmpeg is missing:");
    }
}
