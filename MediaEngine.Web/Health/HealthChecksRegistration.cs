using MediaEngine.Pipelines.Media.Tools;

namespace MediaEngine.Web.Health;

public static class HealthChecksRegistration
{
    public static IHostApplicationBuilder AddMediaEngineHealthChecks(this IHostApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<DataFolderHealthCheck>("data-folder");
        foreach (var tool in SystemTool.All)
        {
            checks.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                tool.Name,
                sp => new SystemToolHealthCheck(sp.GetRequiredService<ISystemToolProbe>(), tool),
                failureStatus: null,
                tags: ["tool"]));
        }

        return builder;
    }
}
