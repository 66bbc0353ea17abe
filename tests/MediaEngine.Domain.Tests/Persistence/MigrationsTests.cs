using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace MediaEngine.Domain.Tests.Persistence;

public sealed class MigrationsTests
{
    [Fact]
    public void Sqlite_ShouldHaveNoPendingModelChanges()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "the model changed without a SQLite migration; run the command in SqliteMediaEngineDbContext's remarks");
    }

    [Fact]
    public void SqlServer_ShouldHaveNoPendingModelChanges()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "the model changed without a SQL Server migration; run the command in SqlServerMediaEngineDbContext's remarks");
    }

    [Fact]
    public void SqlServer_IdempotentScript_ShouldParseWithoutErrors()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);

        errors.Select(e => $"line {e.Line}: {e.Message}").ShouldBeEmpty();
        script.ShouldContain("CREATE TABLE [Jobs]");
        script.ShouldContain("IF NOT EXISTS");
        fragment.ShouldBeOfType<TSqlScript>().Batches.SelectMany(b => b.Statements).Count().ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Sqlite_Migrate_ShouldCreateEveryTableOnAFreshDatabase()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();

        foreach (var expected in new[] { "Users", "Assets", "AssetTags", "Presets", "PresetVersions", "Jobs", "JobNodeRuns", "JobEvents", "Artifacts", "ArtifactInputs", "Schedules", "AuditEvents", "ApiKeys" })
        {
            tables.ShouldContain(expected);
        }

        tables.ShouldNotContain(t => t.StartsWith("QRTZ_"), "Quartz provisions its own tables; our migrations never contain them");
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }
}
