using MediaEngine.Domain.Options;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace MediaEngine.Web.Health;

/// <summary>The data folder exists and accepts a write.</summary>
public sealed class DataFolderHealthCheck(IOptions<MediaEngineOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var folder = options.Value.FullDataPath;
        var probe = Path.Combine(folder, $".health-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(probe, "ok", cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy($"{folder} is writable");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy($"{folder} is not writable ({ex.Message}); fix {MediaEngineOptions.Section}:DataPath");
        }
    }
}
