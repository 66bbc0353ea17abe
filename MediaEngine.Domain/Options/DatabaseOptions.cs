namespace MediaEngine.Domain.Options;

/// <summary>Bound from <c>MediaEngine:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "MediaEngine:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for SQL Server; for SQLite the default is a file in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Seconds to wait for the database at start-up before failing.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 10;
}
