using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Pipelines.Tests.Support;

/// <summary>A migrated SQLite database file in the harness's data folder.</summary>
public sealed class TestDatabase : IDbContextFactory<MediaEngineDbContext>
{
    private readonly string _connectionString;

    public TestDatabase(string folder)
    {
        _connectionString = $"Data Source={Path.Combine(folder, "test.db")};Pooling=False";
        using var db = CreateDbContext();
        db.Database.Migrate();
    }

    public MediaEngineDbContext CreateDbContext() =>
        new SqliteMediaEngineDbContext(new DbContextOptionsBuilder<SqliteMediaEngineDbContext>().UseSqlite(_connectionString).Options);
}
