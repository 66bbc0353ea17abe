using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;

namespace MediaEngine.Domain.Tests.Persistence;

public sealed class DatabaseConnectionTests
{
    [Fact]
    public void Resolve_ShouldPutSqliteFileInDataFolder_WhenNothingIsConfigured()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"me-{Guid.NewGuid():N}");
        try
        {
            var connection = DatabaseConnection.Resolve(new DatabaseOptions(), new MediaEngineOptions { DataPath = folder });

            connection.ShouldContain(Path.Combine(folder, "mediaengine.db"));
            Directory.Exists(folder).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Resolve_ShouldNameTheSettingToFix_WhenSqlServerHasNoConnectionString()
    {
        var ex = Should.Throw<DatabaseUnavailableException>(() =>
            DatabaseConnection.Resolve(new DatabaseOptions { Provider = DatabaseProvider.SqlServer }, new MediaEngineOptions()));

        ex.Message.ShouldContain("MediaEngine:Database:ConnectionString");
    }

    [Fact]
    public void Resolve_ShouldNameTheSettingToFix_WhenSqlServerConnectionStringIsMalformed()
    {
        var ex = Should.Throw<DatabaseUnavailableException>(() =>
            DatabaseConnection.Resolve(
                new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "this is not=a;valid;;string=" },
                new MediaEngineOptions()));

        ex.Message.ShouldContain("MediaEngine:Database:ConnectionString");
    }
}
