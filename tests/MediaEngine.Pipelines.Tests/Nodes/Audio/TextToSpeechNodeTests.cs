using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Tests.Nodes.Video;

namespace MediaEngine.Pipelines.Tests.Nodes.Audio;

public sealed class TextToSpeechNodeTests : IDisposable
{
    private const string Sentence = "The quick brown fox jumps over the lazy dog, twice, and then takes a long rest in the sun.";
    private readonly NodeBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Fact]
    public async Task Tts_ShouldSpeakTheTextIntoAWavWhoseLengthFollowsTheSpeed()
    {
        var text = await TextAsync(Sentence);

        var (calm, calmInfo) = await _bench.SingleAsync(await _bench.RunAsync("audio.tts", """{"voice":"en","speed":160}""", NodeBench.On("text", text)), "audio");
        var (_, fastInfo) = await _bench.SingleAsync(await _bench.RunAsync("audio.tts", """{"voice":"en-us","speed":400,"pitch":70}""", NodeBench.On("text", text)), "audio");

        (calm.Kind, calm.MimeType, Path.GetExtension(calm.FilePath)).ShouldBe((PortKind.Audio, "audio/wav", ".wav"));
        calmInfo.Audio.ShouldNotBeNull().Codec.ShouldBe("pcm_s16le");
        calm.DurationSeconds.ShouldNotBeNull().ShouldBe(calmInfo.DurationSeconds!.Value, tolerance: 0.01);
        calmInfo.DurationSeconds.Value.ShouldBeGreaterThan(3, "18 words at 160 words a minute take about 7 s");
        fastInfo.DurationSeconds!.Value.ShouldBeLessThan(calmInfo.DurationSeconds.Value * 0.6, "400 words a minute is much quicker");
        (await AudioMeter.MaxVolumeAsync(calm.FilePath)).ShouldBeGreaterThan(-30, "it is not silence");
    }

    [Fact]
    public async Task Tts_ShouldRefuseNamingTheVoice_WhenEspeakHasNoSuchVoice()
    {
        var text = await TextAsync("Hello.");

        var ex = await Should.ThrowAsync<ArgumentException>(() => _bench.RunAsync("audio.tts", """{"voice":"xx-nosuch"}""", NodeBench.On("text", text)));

        ex.Message.ShouldStartWith("espeak-ng has no voice 'xx-nosuch'.");
        Directory.EnumerateFiles(_bench.WorkFolder!).ShouldBeEmpty();
    }

    [Fact]
    public async Task Tts_ShouldRefuse_WhenTheTextIsBlank()
    {
        var text = await TextAsync("  \n");

        var ex = await Should.ThrowAsync<ArgumentException>(() => _bench.RunAsync("audio.tts", "{}", NodeBench.On("text", text)));

        ex.Message.ShouldContain("There is no text to speak");
    }

    [Theory]
    [InlineData("""{"voice":"en; rm -rf /"}""", "The voice must be an espeak-ng voice name")]
    [InlineData("""{"voice":"--help"}""", "The voice must be an espeak-ng voice name")]
    [InlineData("""{"speed":500}""", "The speed must be between 80 and 450 words per minute.")]
    [InlineData("""{"pitch":100}""", "The pitch must be between 0 and 99.")]
    public void ValidateSettings_ShouldExplain_WhenAVoiceSettingIsWrong(string json, string expected)
    {
        _bench.Catalog.ValidateSettings("audio.tts", JsonNode.Parse(json)!.AsObject()).ShouldHaveSingleItem().ShouldStartWith(expected);
    }

    private async Task<Abstractions.ArtifactRef> TextAsync(string text)
    {
        var path = _bench.Media.File(Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
        return NodeBench.Artifact(path, PortKind.Text);
    }
}
