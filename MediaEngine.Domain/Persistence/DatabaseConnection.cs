using MediaEngine.Domain.Options;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace MediaEngine.Domain.Persistence;

/// <summary>Resolves the effective connection string for the configured provider, or says which setting is wrong.</summary>
public static class DatabaseConnection
{
    public const string ConnectionStringSetting = DatabaseOptions.Section + ":ConnectionString";

    /// <summary>The provider and connection string that <paramref name="configuration"/> selects.</summary>
    public static DatabaseConnectionInfo FromConfiguration(IConfiguration configuration)
    {
        var engine = configuration.GetSection(MediaEngineOptions.Section).Get<MediaEngineOptions>() ?? new();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        return new DatabaseConnectionInfo(database.Provider, Resolve(database, engine));
    }

    public static string Resolve(DatabaseOptions database, MediaEngineOptions engine)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                if (!string.IsNullOrWhiteSpace(database.ConnectionString))
                {
                    return database.ConnectionString;
                }

                Directory.CreateDirectory(engine.FullDataPath);
                return new SqliteConnectionStringBuilder
                {
                    DataSource = Path.Combine(engine.FullDataPath, "mediaengine.db"),
                    Pooling = true,
                }.ToString();

            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(database.ConnectionString))
                {
                    throw new DatabaseUnavailableException(
                        $"{DatabaseOptions.Section}:Provider is SqlServer but {ConnectionStringSetting} is empty. " +
                        $"Set {ConnectionStringSetting} (environment: MediaEngine__Database__ConnectionString) " +
                        "or remove the provider setting to use the embedded SQLite database.");
                }

                try
                {
                    return new SqlConnectionStringBuilder(database.ConnectionString)
                    {
                        ConnectTimeout = database.ConnectTimeoutSeconds,
                    }.ToString();
                }
                catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
                {
                    throw new DatabaseUnavailableException(
                        $"{ConnectionStringSetting} is not a valid SQL Server connection string: {ex.Message}", ex);
                }

            default:
                throw new DatabaseUnavailableException(
                    $"{DatabaseOptions.Section}:Provider '{database.Provider}' is not supported; use Sqlite or SqlServer.");
        }
    }
}
