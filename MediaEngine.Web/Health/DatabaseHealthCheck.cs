using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaEngine.Web.Health;

public sealed class DatabaseHealthCheck(IDbContextFactory<MediaEngineDbContext> contexts, DatabaseConnectionInfo connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{connection.Provider} database reachable")
                : HealthCheckResult.Unhealthy($"{connection.Provider} database is not reachable; check {DatabaseConnection.ConnectionStringSetting}");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"{connection.Provider} database failed: {ex.Message}", ex);
        }
    }
}
