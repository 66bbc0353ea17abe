using MediaEngine.Domain.Options;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaEngine.Domain.Persistence;

/// <summary>Applies pending migrations at start-up and turns an unreachable database into one clear message.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<MediaEngineDbContext> contexts,
    IOptions<DatabaseOptions> database,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var provider = database.Value.Provider;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets the web host, the workers and readers share the file.
                await context.Database.OpenConnectionAsync(cancellationToken);
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database ({Provider}) is ready; applied {Count} migration(s).", provider, pending.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && IsConnectionFailure(ex))
        {
            throw new DatabaseUnavailableException(
                $"Cannot reach the {provider} database: {ex.Message} " +
                $"Fix {DatabaseConnection.ConnectionStringSetting} (environment: MediaEngine__Database__ConnectionString)" +
                (provider == DatabaseProvider.SqlServer
                    ? $", or set {DatabaseOptions.Section}:Provider to Sqlite to use the embedded database."
                    : $", or {MediaEngineOptions.Section}:DataPath so that it points at a writable folder."),
                ex);
        }
    }

    private static bool IsConnectionFailure(Exception ex) =>
        ex is Microsoft.Data.SqlClient.SqlException or SqliteException or InvalidOperationException or TimeoutException
        || (ex.InnerException is { } inner && IsConnectionFailure(inner));
}
