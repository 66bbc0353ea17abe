using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Tests.Media.TestSupport;

namespace MediaEngine.Pipelines.Tests.Nodes.Video;

/// <summary><c>video.from-images</c> on tiny images: slide timing, cross-fades, frame size and rate, refusals.</summary>
public sealed class ImagesToVideoNodeTests : IDisposable
{
    private readonly NodeBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Fact]
    public async Task Execute_ShouldLastNSlidesMinusTheCrossfades_WhenTimingIsFixed()
    {
        var images = await ImagesAsync(3);

        var outputs = await _bench.RunAsync(
            "video.from-images",
            """{"width":180,"height":320,"fps":25,"slideSeconds":1,"crossfadeSeconds":0.25,"timing":"FixedDuration"}""",
            NodeBench.On("images", images));

        var (file, info) = await _bench.SingleAsync(outputs, "video");
        file.MimeType.ShouldBe("video/mp4");
        info.Video.ShouldNotBeNull().Codec.ShouldBe("h264");
        info.Video.PixelFormat.ShouldBe("yuv420p");
        (info.Video.Width, info.Video.Height).ShouldBe((180, 320));
        info.Video.FrameRate.ShouldBe(25, tolerance: 0.01);
        info.Audio.ShouldBeNull("adding sound is video.add-audio's job");
        info.DurationSeconds.ShouldNotBeNull().ShouldBe((3 * 1) - (2 * 0.25), tolerance: 0.1);
        _bench.Progress.ShouldContain(p => p > 0, "progress is reported against the total duration");
    }

    [Fact]
    public async Task Execute_ShouldCutWithoutFades_WhenTheCrossfadeIsZero()
    {
        var images = await ImagesAsync(2);

        var outputs = await _bench.RunAsync(
            "video.from-images", """{"width":160,"height":90,"fps":24,"slideSeconds":0.5,"crossfadeSeconds":0}""", NodeBench.On("images", images));

        var (_, info) = await _bench.SingleAsync(outputs, "video");
        (info.Video.ShouldNotBeNull().Width, info.Video.Height).ShouldBe((160, 90));
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(1, tolerance: 0.1);
    }

    [Fact]
    public async Task Execute_ShouldKeepSizeAndTiming_WhenTheMotionIsKenBurns()
    {
        var images = await ImagesAsync(2);

        var outputs = await _bench.RunAsync(
            "video.from-images",
            """{"width":90,"height":160,"fps":25,"slideSeconds":1,"crossfadeSeconds":0.5,"motion":"KenBurns"}""",
            NodeBench.On("images", images));

        var (_, info) = await _bench.SingleAsync(outputs, "video");
        (info.Video.ShouldNotBeNull().Width, info.Video.Height).ShouldBe((90, 160));
        info.Video.FrameRate.ShouldBe(25, tolerance: 0.01);
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(1.5, tolerance: 0.1);
    }

    [Fact]
    public async Task Execute_ShouldMatchTheAudiosDuration_WhenTimingIsFitAudio()
    {
        var images = await ImagesAsync(3);
        var audio = await TestMedia.SineWavAsync(_bench.Media.File("narration.wav"), seconds: 2.3);

        var outputs = await _bench.RunAsync(
            "video.from-images",
            """{"width":180,"height":320,"fps":30,"crossfadeSeconds":0.5,"timing":"FitAudio"}""",
            new Dictionary<string, IReadOnlyList<ArtifactRef>>
            {
                ["images"] = images,
                ["audio"] = [NodeBench.Artifact(audio, PortKind.Audio, 2.3)],
            });

        var (file, info) = await _bench.SingleAsync(outputs, "video");
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(2.3, tolerance: 0.2);
        file.DurationSeconds.ShouldNotBeNull().ShouldBe(2.3, tolerance: 0.01);
    }

    [Fact]
    public async Task Execute_ShouldRefuseClearly_WhenTimingIsFitAudioAndNoAudioIsConnected()
    {
        var images = await ImagesAsync(2);

        var error = await Should.ThrowAsync<ArgumentException>(() => _bench.RunAsync(
            "video.from-images", """{"width":160,"height":90,"timing":"FitAudio"}""", NodeBench.On("images", images)));

        error.Message.ShouldContain("nothing is connected to the 'audio' input");
    }

    [Theory]
    [InlineData("""{"slideSeconds":1,"crossfadeSeconds":1}""", "The cross-fade (1 s) must be shorter than a slide (1 s).")]
    [InlineData("""{"fps":29}""", "The frame rate must be one of 24, 25, 30, 60 fps; 29 is not.")]
    [InlineData("""{"width":181,"height":320}""", "Width and height must be even")]
    [InlineData("""{"slideSeconds":0.2}""", "Slide seconds must be between 0.5 and 60.")]
    [InlineData("""{"crossfadeSeconds":6}""", "Cross-fade seconds must be between 0 and 5.")]
    public void ValidateSettings_ShouldExplain_WhenASettingIsWrong(string json, string expected)
    {
        _bench.Catalog.ValidateSettings("video.from-images", JsonNode.Parse(json)!.AsObject()).ShouldContain(p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    private async Task<ArtifactRef[]> ImagesAsync(int count)
    {
        var images = new ArtifactRef[count];
        for (var i = 0; i < count; i++)
        {
            var path = await TestMedia.ImageAsync(_bench.Media.File($"slide-{i}.png"), 320, 180);
            images[i] = NodeBench.Artifact(path, PortKind.Image);
        }

        return images;
    }
}
