using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MediaEngine.Domain.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context without a server.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerMediaEngineDbContext>
{
    public SqlServerMediaEngineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerMediaEngineDbContext>()
            .UseSqlServer("Server=design-time;Database=MediaEngine;Trusted_Connection=True").Options);
}
