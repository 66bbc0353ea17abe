using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Demo;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Speech;
using MediaEngine.Pipelines.Media.Tools;
using MediaEngine.Pipelines.Presets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaEngine.Pipelines.DependencyInjection;

public static class PipelinesServiceCollectionExtensions
{
    /// <summary>The node catalog, the DAG executor, the artifact store and cache, media adapters and system presets.</summary>
    public static IHostApplicationBuilder AddMediaEnginePipelines(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ISystemToolProbe, SystemToolProbe>();
        services.AddMediaAdapters(builder.Configuration);
        services.AddSpeech();
        services.AddSingleton<NodeCatalog>();
        services.AddSingleton<Domain.Graph.INodeTypeResolver>(sp => sp.GetRequiredService<NodeCatalog>());
        services.AddSingleton<ArtifactStore>();
        services.AddSingleton<ArtifactPosters>();
        services.AddSingleton<AssetFiles>();
        services.AddSingleton<AssetIngestService>();
        services.AddSingleton<AssetLibrary>();
        services.AddDemoMedia();
        services.AddSingleton<NodeOutputCache>();
        services.AddSingleton<ArtifactIndex>();
        services.AddSingleton<NodeRunner>();
        services.AddSingleton<DagExecutor>();
        services.AddSingleton<SystemPresetLibrary>();
        services.AddSingleton<SystemPresetSeeder>();
        services.AddSingleton<Compare.MediaComparer>();
        return builder;
    }
}
