using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Tests.Support;

/// <summary>A migrated SQLite database in its own temporary file, deleted on dispose.</summary>
public sealed class SqliteTestDatabase : IDbContextFactory<MediaEngineDbContext>, IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mediaengine-domain-").FullName;

    private SqliteTestDatabase() => ConnectionString = $"Data Source={Path.Combine(_folder, "test.db")};Pooling=False";

    public string ConnectionString { get; }

    public IAuditLog AuditLog => new DatabaseAuditLog(this, TimeProvider.System);

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase();
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public MediaEngineDbContext CreateDbContext() =>
        new SqliteMediaEngineDbContext(new DbContextOptionsBuilder<SqliteMediaEngineDbContext>().UseSqlite(ConnectionString).Options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
