using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Tests.Artifacts;

public sealed class ArtifactPostersTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task PosterOfAsync_ShouldMakeA320PixelJpegOnce_WhenTheVideoIsStored()
    {
        var options = Options.Create(new MediaEngineOptions { DataPath = _folder.File("data") });
        var store = new ArtifactStore(options);
        var posters = new ArtifactPosters(store, new FfmpegRunner(ToolProbes.Real(), NullLogger<FfmpegRunner>.Instance), options);
        var clip = await TestMedia.VideoAsync(_folder.File("clip.mp4"), 2, 640, 360);
        var stored = await store.ImportSourceAsync(clip, PortKind.Video, TestContext.Current.CancellationToken);

        var poster = await posters.PosterOfAsync(stored.Sha256, 2, TestContext.Current.CancellationToken);
        var written = File.GetLastWriteTimeUtc(poster!);
        var again = await posters.PosterOfAsync(stored.Sha256, 2, TestContext.Current.CancellationToken);

        using var image = new MagickImage(poster!);
        (image.Format, image.Width, image.Height).ShouldBe((MagickFormat.Jpeg, 320u, 180u));
        again.ShouldBe(poster);
        File.GetLastWriteTimeUtc(again!).ShouldBe(written, "the second call reuses the poster");
        (await posters.PosterOfAsync(new string('a', 64), null, TestContext.Current.CancellationToken)).ShouldBeNull();
    }
}
