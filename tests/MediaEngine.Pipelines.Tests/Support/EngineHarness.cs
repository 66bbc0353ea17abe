using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Speech;
using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Pipelines.Tests.Support;

/// <summary>The executor over the test nodes and the real nodes, with its own temporary data folder.</summary>
public sealed class EngineHarness : IDisposable
{
    public EngineHarness()
    {
        DataPath = Directory.CreateTempSubdirectory("mediaengine-engine-").FullName;
        var options = Microsoft.Extensions.Options.Options.Create(new MediaEngineOptions { DataPath = DataPath });
        Catalog = new NodeCatalog(typeof(NodeCatalog).Assembly, typeof(EngineHarness).Assembly);
        Store = new ArtifactStore(options);
        Database = new TestDatabase(DataPath);
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddMediaAdapters(configuration).AddSpeech().AddSingleton<ISystemToolProbe, SystemToolProbe>().AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IDbContextFactory<MediaEngineDbContext>>(Database).AddSingleton(Store).AddSingleton<AssetFiles>()
            .BuildServiceProvider();
        var index = new ArtifactIndex(Database, TimeProvider.System);
        var runner = new NodeRunner(Catalog, Store, new NodeOutputCache(options, Store), index, services.GetRequiredService<ISystemToolProbe>(), services, options);
        Executor = new DagExecutor(runner, Catalog);
    }

    public string DataPath { get; }

    public TestDatabase Database { get; }

    public NodeCatalog Catalog { get; }

    public ArtifactStore Store { get; }

    public DagExecutor Executor { get; }

    public Task<PipelineRunResult> RunAsync(PipelineGraph graph, CancellationToken cancellationToken = default, int parallelism = 2) =>
        RunAsync(graph, new Dictionary<string, IReadOnlyList<Abstractions.ArtifactRef>>(), cancellationToken, parallelism);

    public Task<PipelineRunResult> RunAsync(PipelineGraph graph, IReadOnlyDictionary<string, IReadOnlyList<Abstractions.ArtifactRef>> inputs, CancellationToken cancellationToken = default, int parallelism = 2) =>
        Executor.RunAsync(new PipelineRunRequest(graph, inputs) { MaxParallelism = parallelism }, new RecordingObserver(), cancellationToken);

    /// <summary>Runs a full request (parameters, cache choice) with a recording observer.</summary>
    public Task<PipelineRunResult> RunAsync(PipelineRunRequest request, CancellationToken cancellationToken = default) =>
        Executor.RunAsync(request, new RecordingObserver(), cancellationToken);

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(DataPath, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataPath, recursive: true);
    }
}
