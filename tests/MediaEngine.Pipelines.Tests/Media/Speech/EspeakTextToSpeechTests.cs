using System.Diagnostics;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Media.Speech;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaEngine.Pipelines.Tests.Media.Speech;

public sealed class EspeakTextToSpeechTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly EspeakTextToSpeech _speech = new(ToolProbes.Real(), NullLogger<EspeakTextToSpeech>.Instance);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SynthesizeAsync_ShouldWriteASpokenWav_WhenTheVoiceExists()
    {
        var output = _folder.File("sub folder/hello there.wav");

        await _speech.SynthesizeAsync("Hello there, -v --help; this is not an option.", new SpeechOptions("en"), output, TestContext.Current.CancellationToken);

        var info = await new MediaProbe(ToolProbes.Real()).ProbeAsync(output, TestContext.Current.CancellationToken);
        info.FormatName.ShouldBe("wav");
        info.Audio.ShouldNotBeNull().Codec.ShouldBe("pcm_s16le");
        info.DurationSeconds.ShouldNotBeNull().ShouldBeGreaterThan(1.5, "the whole sentence is spoken, dashes and all");
    }

    [Fact]
    public async Task SynthesizeAsync_ShouldSayTheVoiceDoesNotExistAndLeaveNoFile_WhenItIsUnknown()
    {
        var output = _folder.File("nope.wav");

        var ex = await Should.ThrowAsync<ArgumentException>(() =>
            _speech.SynthesizeAsync("Hello.", new SpeechOptions("zz-nosuch"), output, TestContext.Current.CancellationToken));

        ex.Message.ShouldStartWith("espeak-ng has no voice 'zz-nosuch'.");
        File.Exists(output).ShouldBeFalse();
    }

    [Theory]
    [InlineData("", "en", 160, 50, "There is no text to speak")]
    [InlineData("Hi.", "-w /etc/passwd", 160, 50, "is not an espeak-ng voice name")]
    [InlineData("Hi.", "en", 60, 50, "The speaking rate 60 is out of range")]
    [InlineData("Hi.", "en", 160, 120, "The pitch 120 is out of range")]
    public async Task SynthesizeAsync_ShouldRefuseBeforeStartingEspeak_WhenTheRequestIsInvalid(string text, string voice, int rate, int pitch, string expected)
    {
        var output = _folder.File("refused.wav");

        var ex = await Should.ThrowAsync<ArgumentException>(() =>
            _speech.SynthesizeAsync(text, new SpeechOptions(voice, rate, pitch), output, TestContext.Current.CancellationToken));

        ex.Message.ShouldContain(expected);
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public async Task SynthesizeAsync_ShouldSayEspeakIsMissingAndWhatItDisables_WhenItIsNotInstalled()
    {
        var speech = new EspeakTextToSpeech(
            ToolProbes.Real(new() { ["MediaEngine:Tools:espeak-ng"] = "/nonexistent/espeak-ng" }), NullLogger<EspeakTextToSpeech>.Instance);

        var ex = await Should.ThrowAsync<InvalidOperationException>(() =>
            speech.SynthesizeAsync("Hello.", new SpeechOptions(), _folder.File("x.wav"), TestContext.Current.CancellationToken));

        ex.Message.ShouldContain("espeak-ng is missing");
        ex.Message.ShouldContain("text-to-speech");
    }

    [Fact]
    public async Task SynthesizeAsync_ShouldKillEspeakAndDeleteThePartialWav_WhenCancelled()
    {
        // About 1.5 hours of speech: espeak-ng needs several seconds, and writes the WAV as it goes.
        var text = string.Join(' ', Enumerable.Repeat("The quick brown fox jumps over the lazy dog.", 2200));
        var output = _folder.File("long-" + Guid.NewGuid().ToString("N") + ".wav");
        using var cancellation = new CancellationTokenSource();

        var run = _speech.SynthesizeAsync(text, new SpeechOptions(), output, cancellation.Token);
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(output) && new FileInfo(output).Length > 1_000_000) && !run.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20, TestContext.Current.CancellationToken); // waits for a condition, not for time to pass
        }

        run.IsCompleted.ShouldBeFalse("espeak-ng must still be speaking when it is cancelled");
        EspeakProcessesWriting(output).ShouldNotBeEmpty("espeak-ng is found while it works");

        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => run);
        EspeakProcessesWriting(output).ShouldBeEmpty();
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void AddSpeech_ShouldRegisterEspeakAsTheTextToSpeechAdapter()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSpeech().BuildServiceProvider();

        services.GetRequiredService<ITextToSpeech>().ShouldBeOfType<EspeakTextToSpeech>();
        services.GetRequiredService<ITextToSpeech>().ShouldBeSameAs(services.GetRequiredService<ITextToSpeech>());
    }

    [Fact]
    public void AddSpeech_ShouldShareTheToolProbe_WhenTheMediaAdaptersAreRegisteredToo()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddMediaAdapters(configuration).AddSpeech().BuildServiceProvider();

        services.GetServices<MediaEngine.Pipelines.Media.Tools.ISystemToolProbe>().ShouldHaveSingleItem();
        services.GetRequiredService<ITextToSpeech>().ShouldNotBeNull();
    }

    private static List<int> EspeakProcessesWriting(string output)
    {
        List<int> found = [];
        foreach (var process in Process.GetProcessesByName("espeak-ng"))
        {
            using (process)
            {
                try
                {
                    var raw = File.ReadAllBytes($"/proc/{process.Id}/cmdline");
                    if (System.Text.Encoding.UTF8.GetString(raw).Contains(output, StringComparison.Ordinal))
                    {
                        found.Add(process.Id);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Exited meanwhile.
                }
            }
        }

        return found;
    }
}
