using MediaEngine.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Support;

/// <summary>The whole app on a test server, with its own temporary data folder and SQLite database.</summary>
public sealed class MediaEngineAppFactory : WebApplicationFactory<Program>
{
    public const string AdminToken = "test-admin-token-0123456789";

    private readonly Dictionary<string, string?> _settings;

    public MediaEngineAppFactory(Dictionary<string, string?>? settings = null)
    {
        DataPath = Directory.CreateTempSubdirectory("mediaengine-web-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["MediaEngine:DataPath"] = DataPath,
            [MediaEngine.Web.Auth.AdminSignInLink.TokenVariable] = AdminToken,
            ["MediaEngine:Admins:0"] = "admin@example.com",
            ["MediaEngine:DemoMedia:Enabled"] = "false", // tests count assets; the demo set has its own tests
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public string DataPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateNoRedirectClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as the bootstrap admin through the sign-in link.</summary>
    public async Task<HttpClient> CreateAdminClientAsync()
    {
        var client = CreateNoRedirectClient();
        var response = await client.GetAsync($"/signin/link?token={AdminToken}");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        return client;
    }

    public async Task<T> QueryAsync<T>(Func<MediaEngineDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<MediaEngineDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataPath, recursive: true);
    }
}
