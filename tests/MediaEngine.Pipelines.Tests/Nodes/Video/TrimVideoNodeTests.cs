using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Tests.Media.TestSupport;

namespace MediaEngine.Pipelines.Tests.Nodes.Video;

public sealed class TrimVideoNodeTests : IDisposable
{
    private readonly NodeBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Fact]
    public async Task Trim_ShouldKeepExactlyTheRangeWithSound_WhenAccurate()
    {
        var source = await TestMedia.VideoAsync(_bench.Media.File("clip.mp4"), seconds: 3, width: 160, height: 120, withAudio: true);

        var outputs = await _bench.RunAsync("video.trim", """{"startSeconds":0.5,"endSeconds":2,"accurate":true}""", NodeBench.On("video", NodeBench.Artifact(source, PortKind.Video)));

        var (file, info) = await _bench.SingleAsync(outputs, "video");
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(1.5, tolerance: 0.1);
        info.Video.ShouldNotBeNull().Codec.ShouldBe("h264");
        (info.Video.Width, info.Video.Height).ShouldBe((160, 120));
        info.Audio.ShouldNotBeNull().Codec.ShouldBe("aac");
        file.DurationSeconds.ShouldNotBeNull().ShouldBe(1.5, tolerance: 0.01);
        _bench.Progress.ShouldContain(p => p > 0);
    }

    [Fact]
    public async Task Trim_ShouldCutAtTheKeyframeBeforeTheStartAndKeepTheContainer_WhenStreamCopying()
    {
        // A keyframe every 15 frames (0.5 s at 30 fps): a copy asked to start at 1.2 s starts at the keyframe at 1.0 s.
        var source = await TestMedia.FfmpegAsync(_bench.Media.File("gop.mkv"),
            "-f", "lavfi", "-i", "testsrc=size=160x120:rate=30:duration=3", "-c:v", "libx264", "-preset", "ultrafast", "-g", "15", "-pix_fmt", "yuv420p");

        var outputs = await _bench.RunAsync("video.trim", """{"startSeconds":1.2,"endSeconds":2,"accurate":false}""", NodeBench.On("video", NodeBench.Artifact(source, PortKind.Video)));

        var (file, info) = await _bench.SingleAsync(outputs, "video");
        Path.GetExtension(file.FilePath).ShouldBe(".mkv");
        file.MimeType.ShouldBe("video/x-matroska");
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(1.0, tolerance: 0.1);
        file.DurationSeconds.ShouldNotBeNull().ShouldBe(info.DurationSeconds.Value, tolerance: 0.01);
        info.Video.ShouldNotBeNull().Codec.ShouldBe("h264");
    }

    [Fact]
    public async Task Trim_ShouldRefuseNamingTheDuration_WhenTheEndIsPastTheEnd()
    {
        var source = await TestMedia.VideoAsync(_bench.Media.File("short.mp4"), seconds: 2, width: 160, height: 120);

        var ex = await Should.ThrowAsync<ArgumentException>(() =>
            _bench.RunAsync("video.trim", """{"startSeconds":1,"endSeconds":5}""", NodeBench.On("video", NodeBench.Artifact(source, PortKind.Video))));

        ex.Message.ShouldContain("The end (5 s) is past the end of the video, which is 2 s long");
        Directory.EnumerateFiles(_bench.WorkFolder!).ShouldBeEmpty("nothing is written for a refused trim");
    }

    [Fact]
    public async Task Trim_ShouldRefuse_WhenTheStartIsPastTheEnd()
    {
        var source = await TestMedia.VideoAsync(_bench.Media.File("short.mp4"), seconds: 1, width: 160, height: 120);

        var ex = await Should.ThrowAsync<ArgumentException>(() =>
            _bench.RunAsync("video.trim", """{"startSeconds":4}""", NodeBench.On("video", NodeBench.Artifact(source, PortKind.Video))));

        ex.Message.ShouldContain("is at or past the end of the video, which is 1 s long");
    }

    [Theory]
    [InlineData("""{"startSeconds":2,"endSeconds":1}""", "The end (1 s) must be after the start (2 s)")]
    [InlineData("""{"startSeconds":-1}""", "The start must be between 0 and 86400 seconds.")]
    public void ValidateSettings_ShouldExplain_WhenTheRangeIsImpossible(string json, string expected)
    {
        _bench.Catalog.ValidateSettings("video.trim", JsonNode.Parse(json)!.AsObject()).ShouldHaveSingleItem().ShouldContain(expected);
    }
}
