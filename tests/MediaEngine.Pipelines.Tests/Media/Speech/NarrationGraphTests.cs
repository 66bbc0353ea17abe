using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Media.Speech;
using MediaEngine.Pipelines.Media.Tools;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Nodes.Audio;
using MediaEngine.Pipelines.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Pipelines.Tests.Media.Speech;

/// <summary>
/// A narrated video through the real engine: typed text → speech → loudness → onto a video. The engine is built here
/// with <see cref="SpeechRegistration.AddSpeech"/> (the shared EngineHarness does not register speech).
/// </summary>
public sealed class NarrationGraphTests : IDisposable
{
    private const string Graph = """
        {
          "schemaVersion": 1,
          "name": "narrate",
          "inputs": [ { "name": "video", "kind": "Video" } ],
          "nodes": [
            { "id": "source", "type": "video.input", "settings": { "input": "video" } },
            { "id": "script", "type": "text.input", "settings": { "text": "Welcome to the tour. Mind the step." } },
            { "id": "speak", "type": "audio.tts", "settings": { "voice": "en", "speed": 180 } },
            { "id": "level", "type": "audio.loudnorm", "settings": { "targetLufs": -16, "format": "Wav" } },
            { "id": "dub", "type": "video.add-audio", "settings": { "mode": "Replace", "fitTo": "Video" } }
          ],
          "edges": [
            { "from": "script.text", "to": "speak.text" },
            { "from": "speak.audio", "to": "level.audio" },
            { "from": "source.video", "to": "dub.video" },
            { "from": "level.audio", "to": "dub.audio" }
          ],
          "outputs": [ { "name": "video", "from": "dub.video" }, { "name": "speech", "from": "level.audio" } ]
        }
        """;

    private readonly string _dataPath = Directory.CreateTempSubdirectory("mediaengine-narration-").FullName;
    private readonly TempFolder _media = new();
    private readonly ServiceProvider _services;
    private readonly ArtifactStore _store;
    private readonly DagExecutor _executor;

    public NarrationGraphTests()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new MediaEngineOptions { DataPath = _dataPath });
        var configuration = new ConfigurationBuilder().Build();
        _services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddMediaAdapters(configuration).AddSpeech().BuildServiceProvider();
        var catalog = new NodeCatalog();
        _store = new ArtifactStore(options);
        var index = new ArtifactIndex(new TestDatabase(_dataPath), TimeProvider.System);
        var runner = new NodeRunner(catalog, _store, new NodeOutputCache(options, _store), index, _services.GetRequiredService<ISystemToolProbe>(), _services, options);
        _executor = new DagExecutor(runner, catalog);
    }

    public void Dispose()
    {
        _services.Dispose();
        _media.Dispose();
        foreach (var file in Directory.EnumerateFiles(_dataPath, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }

    [Fact]
    public async Task Narration_ShouldPutTheSpokenTextOnTheVideo_ForTheVideosWholeLength()
    {
        var clip = await TestMedia.VideoAsync(_media.File("tour.mp4"), seconds: 4, width: 160, height: 120);
        var stored = await _store.ImportSourceAsync(clip, PortKind.Video, TestContext.Current.CancellationToken);

        var result = await _executor.RunAsync(
            new PipelineRunRequest(PipelineGraphJson.Deserialize(Graph), new Dictionary<string, IReadOnlyList<ArtifactRef>> { ["video"] = [stored] }),
            new RecordingObserver(),
            TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Failures.Select(f => f.Error)));
        var probe = _services.GetRequiredService<IMediaProbe>();
        var speech = result.Outputs["speech"].ShouldHaveSingleItem();
        var speechSeconds = (await probe.ProbeAsync(speech.Path, TestContext.Current.CancellationToken)).DurationSeconds.ShouldNotBeNull();
        speechSeconds.ShouldBeInRange(1, 3.8, "two short sentences, shorter than the video");
        // Speech is peaky: the -1.5 dBTP ceiling (loudnorm's default) stops it a little below -16 LUFS.
        (await AudioMeter.IntegratedLufsAsync(speech.Path)).ShouldBeInRange(-19, -15.5);
        var video = result.Outputs["video"].ShouldHaveSingleItem();
        var info = await probe.ProbeAsync(video.Path, TestContext.Current.CancellationToken);
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(4, tolerance: 0.1);
        info.Audio.ShouldNotBeNull().Codec.ShouldBe("aac");
        (await AudioMeter.MaxVolumeAsync(video.Path)).ShouldBeGreaterThan(-20, "the narration is on the video");
    }
}
