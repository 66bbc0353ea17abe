using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MediaEngine.Domain.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without a host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMediaEngineDbContext>
{
    public SqliteMediaEngineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMediaEngineDbContext>()
            .UseSqlite("Data Source=design-time.db").Options);
}
