using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Nodes.Audio;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Nodes.Video;

namespace MediaEngine.Pipelines.Tests.Nodes.Audio;

public sealed class AudioMixNodeTests : IDisposable
{
    private readonly NodeBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Theory]
    [InlineData("Longest", 2.0)]
    [InlineData("Shortest", 1.0)]
    [InlineData("First", 1.0)]
    public async Task Mix_ShouldLastAsTheDurationSettingSays(string duration, double seconds)
    {
        var tracks = await TracksAsync(1, 2);

        var outputs = await _bench.RunAsync("audio.mix", $$"""{"duration":"{{duration}}"}""", NodeBench.On("tracks", tracks));

        var (file, info) = await _bench.SingleAsync(outputs, "audio");
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(seconds, tolerance: 0.1);
        file.DurationSeconds.ShouldBe(seconds);
        info.Audio.ShouldNotBeNull().Channels.ShouldBe(2);
    }

    [Fact]
    public async Task Mix_ShouldWeighTheTracks_AsTheWeightsSay()
    {
        // Stereo, so only the weights change levels (a mono track is spread over both channels at -3 dB each).
        var tone = NodeBench.Artifact(await TestMedia.FfmpegAsync(_bench.Media.File("stereo-tone.wav"),
            "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=1", "-ac", "2", "-c:a", "pcm_s16le"), PortKind.Audio, durationSeconds: 1);
        var silence = NodeBench.Artifact(await TestMedia.FfmpegAsync(_bench.Media.File("silence.wav"),
            "-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo", "-t", "1", "-c:a", "pcm_s16le"), PortKind.Audio, durationSeconds: 1);
        var alone = await AudioMeter.MaxVolumeAsync(tone.Path);

        var (weighted, info) = await _bench.SingleAsync(
            await _bench.RunAsync("audio.mix", """{"weights":"1, 0","format":"Aac"}""", NodeBench.On("tracks", tone, silence)), "audio");
        var (equal, _) = await _bench.SingleAsync(await _bench.RunAsync("audio.mix", "{}", NodeBench.On("tracks", tone, silence)), "audio");

        info.Audio.ShouldNotBeNull().Codec.ShouldBe("aac");
        (await AudioMeter.MaxVolumeAsync(weighted.FilePath)).ShouldBe(alone, tolerance: 1, "all the weight on the tone keeps it at its own level");
        (await AudioMeter.MaxVolumeAsync(equal.FilePath)).ShouldBe(alone - 6, tolerance: 1, "equal weights average the tone with silence: half the amplitude");
    }

    [Fact]
    public async Task Mix_ShouldRefuse_WhenThereAreTooFewTracks()
    {
        var tracks = await TracksAsync(1);

        var ex = await Should.ThrowAsync<ArgumentException>(() => _bench.RunAsync("audio.mix", "{}", NodeBench.On("tracks", tracks)));

        ex.Message.ShouldBe("Mixing takes 2 to 8 audio tracks; 1 arrived on 'tracks'.");
    }

    [Fact]
    public async Task Mix_ShouldRefuse_WhenTheWeightsDoNotMatchTheTracks()
    {
        var tracks = await TracksAsync(1, 1);

        var ex = await Should.ThrowAsync<ArgumentException>(() => _bench.RunAsync("audio.mix", """{"weights":"1,2,3"}""", NodeBench.On("tracks", tracks)));

        ex.Message.ShouldContain("There are 3 weights ('1,2,3') for 2 tracks");
    }

    [Fact]
    public void Weights_ShouldAverageOne_SoTheMixIsTheWeightedAverage()
    {
        AudioMixNode.Weights("3, 1", 2).ShouldBe([1.5, 0.5]);
        AudioMixNode.Weights(null, 3).ShouldBe([1, 1, 1]);
        Should.Throw<ArgumentException>(() => AudioMixNode.Weights("0,0", 2)).Message.ShouldContain("At least one weight must be above 0");
    }

    [Theory]
    [InlineData("""{"weights":"loud, quiet"}""", "Weights must be a comma-separated list of numbers")]
    [InlineData("""{"weights":"1;2"}""", "Weights must be a comma-separated list of numbers")]
    [InlineData("""{"duration":"Forever"}""", "duration")]
    public void ValidateSettings_ShouldExplain_WhenWeightsOrDurationAreWrong(string json, string expected)
    {
        _bench.Catalog.ValidateSettings("audio.mix", JsonNode.Parse(json)!.AsObject()).ShouldHaveSingleItem().ShouldContain(expected);
    }

    private async Task<ArtifactRef[]> TracksAsync(params double[] seconds)
    {
        var tracks = new List<ArtifactRef>();
        foreach (var length in seconds)
        {
            var path = await TestMedia.SineWavAsync(_bench.Media.File($"tone{tracks.Count}.wav"), length);
            tracks.Add(NodeBench.Artifact(path, PortKind.Audio, durationSeconds: length));
        }

        return [.. tracks];
    }
}
