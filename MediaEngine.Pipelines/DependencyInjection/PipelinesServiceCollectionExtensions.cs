using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaEngine.Pipelines.DependencyInjection;

public static class PipelinesServiceCollectionExtensions
{
    /// <summary>Media adapters and the system tool probe.</summary>
    public static IHostApplicationBuilder AddMediaEnginePipelines(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ISystemToolProbe, SystemToolProbe>();
        return builder;
    }
}
