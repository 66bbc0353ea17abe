using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Media.Speech;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Pipelines.Tests.Nodes.Video;

/// <summary>
/// Runs one real node outside the engine, as the engine would: created from the catalog with the real media adapters
/// (and speech), settings bound and validated from JSON, inputs given as files, a fresh work folder per run.
/// </summary>
public sealed class NodeBench : IDisposable
{
    private readonly ServiceProvider _services;

    public NodeBench()
    {
        var configuration = new ConfigurationBuilder().Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddMediaAdapters(configuration)
            .AddSpeech()
            .BuildServiceProvider();
        Probe = _services.GetRequiredService<IMediaProbe>();
    }

    public TempFolder Media { get; } = new();

    public NodeCatalog Catalog { get; } = new();

    public IMediaProbe Probe { get; }

    /// <summary>Percentages the last run reported, in order.</summary>
    public ConcurrentQueue<double> Progress { get; } = new();

    /// <summary>Signalled the first time a run reports progress strictly between 0 and 100.</summary>
    public TaskCompletionSource<double> Working { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<string> Log { get; } = new();

    /// <summary>The work folder of the last run (ffmpeg's output path starts with it).</summary>
    public string? WorkFolder { get; private set; }

    /// <summary>An artifact for a test file, named after it, as an input node would pass it on.</summary>
    public static ArtifactRef Artifact(string path, PortKind kind, double? durationSeconds = null) =>
        new ArtifactRef(Guid.NewGuid().ToString("N"), path, kind, MediaTypes.MimeFor(path), new FileInfo(path).Length, DurationSeconds: durationSeconds)
        {
            Name = Path.GetFileName(path),
        };

    public static Dictionary<string, IReadOnlyList<ArtifactRef>> On(string port, params ArtifactRef[] artifacts) => new() { [port] = artifacts };

    public Task<NodeOutputs> RunAsync(string typeId, string settings, Dictionary<string, IReadOnlyList<ArtifactRef>> inputs, CancellationToken cancellationToken = default) =>
        RunAsync(typeId, settings, inputs, [], cancellationToken);

    public async Task<NodeOutputs> RunAsync(
        string typeId,
        string settings,
        Dictionary<string, IReadOnlyList<ArtifactRef>> inputs,
        Dictionary<string, IReadOnlyList<ArtifactRef>> graphInputs,
        CancellationToken cancellationToken = default)
    {
        var type = Catalog.Get(typeId).ShouldNotBeNull($"the catalog has no '{typeId}'");
        var (bound, problems) = SettingsBinder.Bind(type.SettingsType, JsonNode.Parse(settings)!.AsObject());
        problems.ShouldBeEmpty($"settings {settings} should be valid for {typeId}");
        WorkFolder = Media.File("work-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(WorkFolder);
        var context = new NodeContext(
            typeId,
            WorkFolder,
            inputs,
            graphInputs,
            (percent, _) =>
            {
                Progress.Enqueue(percent);
                if (percent is > 0 and < 100)
                {
                    Working.TrySetResult(percent);
                }
            },
            Log.Enqueue);
        return await Catalog.Create(typeId, _services).ExecuteAsync(context, bound!, cancellationToken);
    }

    /// <summary>The single file written on <paramref name="port"/>, probed.</summary>
    public async Task<(NodeOutputFile File, MediaInfo Info)> SingleAsync(NodeOutputs outputs, string port)
    {
        var file = outputs.Files.ShouldHaveSingleItem();
        file.Port.ShouldBe(port);
        File.Exists(file.FilePath).ShouldBeTrue();
        return (file, await Probe.ProbeAsync(file.FilePath, TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        _services.Dispose();
        Media.Dispose();
    }
}
