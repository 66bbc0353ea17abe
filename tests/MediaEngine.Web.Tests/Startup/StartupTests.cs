using MediaEngine.Domain.Persistence;
using MediaEngine.Web.Tests.Support;

namespace MediaEngine.Web.Tests.Startup;

public sealed class StartupTests
{
    [Fact]
    public async Task App_ShouldStartAndMigrate_WithNoConfigurationBeyondItsDataFolder()
    {
        await using var app = new MediaEngineAppFactory();
        var client = app.CreateNoRedirectClient();

        var response = await client.GetAsync("/health");

        response.IsSuccessStatusCode.ShouldBeTrue();
        File.Exists(Path.Combine(app.DataPath, "mediaengine.db")).ShouldBeTrue();
    }

    [Fact]
    public async Task App_ShouldFailFastNamingTheSetting_WhenSqlServerIsUnreachable()
    {
        await using var app = new MediaEngineAppFactory(new()
        {
            ["MediaEngine:Database:Provider"] = "SqlServer",
            // Port 1 on loopback: nothing listens, so the connection is refused at once.
            ["MediaEngine:Database:ConnectionString"] = "Server=tcp:127.0.0.1,1;Database=MediaEngine;User Id=sa;Password=x;TrustServerCertificate=True",
            ["MediaEngine:Database:ConnectTimeoutSeconds"] = "3",
        });

        var ex = Should.Throw<DatabaseUnavailableException>(() => app.CreateClient());

        ex.Message.ShouldContain("SqlServer");
        ex.Message.ShouldContain("MediaEngine:Database:ConnectionString");
    }

    [Fact]
    public async Task App_ShouldRefuseToStart_WhenSqlServerIsSelectedWithoutConnectionString()
    {
        await using var app = new MediaEngineAppFactory(new() { ["MediaEngine:Database:Provider"] = "SqlServer" });

        var ex = Should.Throw<DatabaseUnavailableException>(() => app.CreateClient());

        ex.Message.ShouldContain("MediaEngine:Database:ConnectionString is empty");
    }
}
