using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Nodes.Video;

namespace MediaEngine.Pipelines.Tests.Nodes.Audio;

public sealed class LoudnormNodeTests : IDisposable
{
    private readonly NodeBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Theory]
    [InlineData("Wav", -16, "pcm_s16le", ".wav", "audio/wav", 4)]
    [InlineData("Mp3", -30, "mp3", ".mp3", "audio/mpeg", 2)]
    [InlineData("Aac", -12, "aac", ".m4a", "audio/mp4", 0.8)]
    public async Task Loudnorm_ShouldBringTheAudioToTheTargetLoudness_InTheChosenFormat(string format, double lufs, string codec, string extension, string mime, double seconds)
    {
        var tone = await TestMedia.SineWavAsync(_bench.Media.File("tone.wav"), seconds);
        Math.Abs(await AudioMeter.IntegratedLufsAsync(tone) - lufs).ShouldBeGreaterThan(3, "the source must start elsewhere for the test to mean anything");

        var outputs = await _bench.RunAsync("audio.loudnorm", $$"""{"targetLufs":{{lufs}},"truePeak":-1.5,"format":"{{format}}"}""",
            NodeBench.On("audio", NodeBench.Artifact(tone, PortKind.Audio)));

        var (file, info) = await _bench.SingleAsync(outputs, "audio");
        (Path.GetExtension(file.FilePath), file.MimeType).ShouldBe((extension, mime));
        info.Audio.ShouldNotBeNull().Codec.ShouldBe(codec);
        info.Audio.SampleRate.ShouldBe(48000);
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(seconds, tolerance: 0.1);
        file.DurationSeconds.ShouldNotBeNull().ShouldBe(seconds, tolerance: 0.05);
        (await AudioMeter.IntegratedLufsAsync(file.FilePath)).ShouldBe(lufs, tolerance: 1);
    }

    [Fact]
    public async Task Loudnorm_ShouldRaiseShortPeakySpeechUpToTheTruePeakCeiling()
    {
        // Two seconds of espeak-ng speech: about -21 LUFS with peaks near -2.6 dBTP, so the -1.5 dBTP ceiling stops it below -16.
        var script = _bench.Media.File("line.txt");
        await File.WriteAllTextAsync(script, "Welcome to the tour. Mind the step.", TestContext.Current.CancellationToken);
        var (speech, _) = await _bench.SingleAsync(await _bench.RunAsync("audio.tts", """{"speed":180}""", NodeBench.On("text", NodeBench.Artifact(script, PortKind.Text))), "audio");
        var before = await AudioMeter.IntegratedLufsAsync(speech.FilePath);

        var outputs = await _bench.RunAsync("audio.loudnorm", """{"targetLufs":-16,"truePeak":-1.5}""", NodeBench.On("audio", NodeBench.Artifact(speech.FilePath, PortKind.Audio)));

        var (file, _) = await _bench.SingleAsync(outputs, "audio");
        var after = await AudioMeter.IntegratedLufsAsync(file.FilePath);
        after.ShouldBeGreaterThan(before + 2, "it is made louder, towards the target");
        after.ShouldBeInRange(-19, -15.5);
        (await AudioMeter.MaxVolumeAsync(file.FilePath)).ShouldBeLessThanOrEqualTo(-1.2, "the ceiling holds");
    }

    [Theory]
    [InlineData("""{"targetLufs":-80}""", "The target loudness must be between -70 and -5 LUFS.")]
    [InlineData("""{"truePeak":1}""", "The true peak must be between -9 and 0 dBTP.")]
    [InlineData("""{"format":"Flac"}""", "format")]
    public void ValidateSettings_ShouldExplain_WhenATargetIsOutOfRange(string json, string expected)
    {
        _bench.Catalog.ValidateSettings("audio.loudnorm", JsonNode.Parse(json)!.AsObject()).ShouldHaveSingleItem().ShouldContain(expected);
    }
}
