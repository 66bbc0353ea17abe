using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Nodes.Audio;

namespace MediaEngine.Pipelines.Tests.Nodes.Video;

public sealed class AddAudioNodeTests : IDisposable
{
    private readonly NodeBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Fact]
    public async Task AddAudio_ShouldLastAsLongAsTheVideoCopyingThePicture_WhenTheTrackIsShorter()
    {
        var (video, audio) = await MediaAsync(videoSeconds: 2, audioSeconds: 1, videoHasSound: false);

        var outputs = await _bench.RunAsync("video.add-audio", """{"mode":"Replace","fitTo":"Video"}""", Inputs(video, audio));

        var (file, info) = await _bench.SingleAsync(outputs, "video");
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(2, tolerance: 0.1);
        info.Audio.ShouldNotBeNull().Codec.ShouldBe("aac");
        info.Video.ShouldNotBeNull().Codec.ShouldBe("h264");
        (file.Width, file.Height).ShouldBe((160, 120));
        (await AudioMeter.MaxVolumeAsync(file.FilePath)).ShouldBeGreaterThan(-40, "the tone is there");
    }

    [Fact]
    public async Task AddAudio_ShouldStopWithTheShorter_WhenFittingToTheShortest()
    {
        var (video, audio) = await MediaAsync(videoSeconds: 2, audioSeconds: 1, videoHasSound: false);

        var outputs = await _bench.RunAsync("video.add-audio", """{"fitTo":"Shortest"}""", Inputs(video, audio));

        var (file, info) = await _bench.SingleAsync(outputs, "video");
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(1, tolerance: 0.15);
        file.DurationSeconds.ShouldNotBeNull().ShouldBe(1, tolerance: 0.01);
    }

    [Fact]
    public async Task AddAudio_ShouldSilenceTheVideosOwnSound_WhenReplacingWithATrackAtZeroVolume()
    {
        var (video, audio) = await MediaAsync(videoSeconds: 1, audioSeconds: 1, videoHasSound: true);

        var outputs = await _bench.RunAsync("video.add-audio", """{"mode":"Replace","audioVolume":0}""", Inputs(video, audio));

        var (file, _) = await _bench.SingleAsync(outputs, "video");
        (await AudioMeter.MaxVolumeAsync(file.FilePath)).ShouldBeLessThan(-80, "the video's own tone is gone and the track is muted");
    }

    [Fact]
    public async Task AddAudio_ShouldKeepTheVideosOwnSound_WhenMixingATrackAtZeroVolume()
    {
        var (video, audio) = await MediaAsync(videoSeconds: 1, audioSeconds: 1, videoHasSound: true);
        var own = await AudioMeter.MaxVolumeAsync(video);

        var outputs = await _bench.RunAsync("video.add-audio", """{"mode":"Mix","audioVolume":0}""", Inputs(video, audio));

        var (file, _) = await _bench.SingleAsync(outputs, "video");
        (await AudioMeter.MaxVolumeAsync(file.FilePath)).ShouldBe(own, tolerance: 1.5);
    }

    private async Task<(string Video, string Audio)> MediaAsync(double videoSeconds, double audioSeconds, bool videoHasSound) =>
        (await TestMedia.VideoAsync(_bench.Media.File($"v{videoSeconds}{videoHasSound}.mp4"), videoSeconds, width: 160, height: 120, withAudio: videoHasSound),
         await TestMedia.SineWavAsync(_bench.Media.File($"a{audioSeconds}.wav"), audioSeconds));

    private static Dictionary<string, IReadOnlyList<ArtifactRef>> Inputs(string video, string audio) => new()
    {
        ["video"] = [NodeBench.Artifact(video, PortKind.Video)],
        ["audio"] = [NodeBench.Artifact(audio, PortKind.Audio)],
    };
}
