using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Tests.Persistence;

/// <summary>Runs against a real SQL Server when MEDIAENGINE_TEST_SQLSERVER holds a connection string; skipped, saying so, otherwise.</summary>
public sealed class SqlServerIntegrationTests
{
    public const string Variable = "MEDIAENGINE_TEST_SQLSERVER";

    [Fact]
    public async Task Migrate_ShouldCreateSchemaAndStoreAUser_OnARealSqlServer()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(server), $"SQL Server integration skipped: set {Variable} to a connection string to run it.");

        var database = $"MediaEngineTest_{Guid.NewGuid():N}";
        var connection = new SqlConnectionStringBuilder(server) { InitialCatalog = database }.ToString();
        var options = new DbContextOptionsBuilder<SqlServerMediaEngineDbContext>().UseSqlServer(connection).Options;
        await using var db = new SqlServerMediaEngineDbContext(options);
        try
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            db.Users.Add(new User { Email = "sql@example.com", Name = "SQL" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);

            (await db.Users.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
            (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        }
        finally
        {
            await db.Database.EnsureDeletedAsync(TestContext.Current.CancellationToken);
        }
    }
}
