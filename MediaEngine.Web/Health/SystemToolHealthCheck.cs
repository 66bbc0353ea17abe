using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaEngine.Web.Health;

/// <summary>A missing tool degrades the service (the app still works, some nodes do not) and says what it disables.</summary>
public sealed class SystemToolHealthCheck(ISystemToolProbe probe, SystemTool tool) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await probe.GetStatusAsync(tool, cancellationToken);
        return status.IsAvailable
            ? HealthCheckResult.Healthy(status.Describe())
            : HealthCheckResult.Degraded(status.Describe());
    }
}
