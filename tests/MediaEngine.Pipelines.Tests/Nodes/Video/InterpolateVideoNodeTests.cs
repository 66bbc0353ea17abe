using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Nodes.Video;
using MediaEngine.Pipelines.Tests.Media.TestSupport;

namespace MediaEngine.Pipelines.Tests.Nodes.Video;

public sealed class InterpolateVideoNodeTests : IDisposable
{
    private readonly NodeBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Fact]
    public async Task Interpolate_ShouldDoubleTheFrameRateKeepingSizeLengthAndSound_WhenBlending()
    {
        var source = await TestMedia.VideoAsync(_bench.Media.File("clip.mp4"), seconds: 1, width: 160, height: 120, withAudio: true);

        var outputs = await _bench.RunAsync("video.interpolate", """{"targetFps":60,"method":"Blend"}""", NodeBench.On("video", NodeBench.Artifact(source, PortKind.Video)));

        var (file, info) = await _bench.SingleAsync(outputs, "video");
        info.Video.ShouldNotBeNull().FrameRate.ShouldBe(60, tolerance: 0.01);
        info.Video.Codec.ShouldBe("h264");
        (info.Video.Width, info.Video.Height).ShouldBe((160, 120));
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(1, tolerance: 0.1);
        info.Audio.ShouldNotBeNull().Codec.ShouldBe("aac");
        file.MimeType.ShouldBe("video/mp4");
    }

    [Fact]
    public async Task Interpolate_ShouldRefuseSayingBothRates_WhenTheTargetIsNotAboveTheSource()
    {
        var source = await TestMedia.VideoAsync(_bench.Media.File("clip.mp4"), seconds: 0.5, width: 160, height: 120, rate: "30");

        var ex = await Should.ThrowAsync<ArgumentException>(() =>
            _bench.RunAsync("video.interpolate", """{"targetFps":29.97}""", NodeBench.On("video", NodeBench.Artifact(source, PortKind.Video))));

        ex.Message.ShouldContain("(29.97 fps) must be higher than the video's own (30 fps)");
    }

    [Fact]
    public void ValidateSettings_ShouldListTheStandardRates_WhenTheTargetIsNotOne()
    {
        var problems = _bench.Catalog.ValidateSettings("video.interpolate", JsonNode.Parse("""{"targetFps":37}""")!.AsObject());

        problems.ShouldHaveSingleItem().ShouldBe(
            "The target frame rate 37 is not a standard rate; use one of 23.976, 24, 25, 29.97, 30, 48, 50, 59.94, 60, 90, 100, 120, 144, 240.");
    }

    [Theory]
    [InlineData(23.976)]
    [InlineData(59.94)]
    [InlineData(120)]
    [InlineData(240)]
    public void ValidateSettings_ShouldAccept_AStandardRate(double fps)
    {
        _bench.Catalog.ValidateSettings("video.interpolate", new JsonObject { ["targetFps"] = fps }).ShouldBeEmpty();
        StandardFrameRates.IsStandard(fps).ShouldBeTrue();
    }

    [Fact]
    public async Task Interpolate_ShouldKillFfmpegAndLeaveNoFile_WhenCancelledMidRun()
    {
        // 20 s to 120 fps motion-compensated takes several seconds even at 160×120: long enough to be caught running.
        var source = await TestMedia.VideoAsync(_bench.Media.File("long.mp4"), seconds: 20, width: 160, height: 120);
        using var cancellation = new CancellationTokenSource();

        var run = _bench.RunAsync("video.interpolate", """{"targetFps":120,"method":"MotionCompensated"}""",
            NodeBench.On("video", NodeBench.Artifact(source, PortKind.Video)), cancellation.Token);

        var first = await Task.WhenAny(_bench.Working.Task, run).WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        if (first == run)
        {
            await run; // surfaces a failure
            throw new ShouldAssertException("the interpolation finished before it reported progress, so nothing was cancelled");
        }

        var workFolder = _bench.WorkFolder.ShouldNotBeNull();
        FfmpegProcesses.WithArgument(workFolder).ShouldNotBeEmpty("ffmpeg is found while it works");

        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => run);
        FfmpegProcesses.WithArgument(workFolder).ShouldBeEmpty();
        Directory.EnumerateFiles(workFolder).ShouldBeEmpty("the partial output is deleted");
        _bench.Progress.ShouldNotContain(100);
    }
}
