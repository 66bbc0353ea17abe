using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Web.Api;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components;
using MediaEngine.Web.Health;
using MediaEngine.Web.Services;
using MediaEngine.Web.Uploads;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MediaEngine.Web.DependencyInjection;

public static class WebApplicationExtensions
{
    /// <summary>
    /// Migrates the database and seeds the shipped presets before anything listens; an unreachable database stops
    /// start-up with a clear message.
    /// </summary>
    public static async Task InitializeMediaEngineAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(app.Lifetime.ApplicationStopping);
        await app.Services.GetRequiredService<SystemPresetSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
        await app.Services.GetRequiredService<MediaEngine.Pipelines.Demo.DemoMediaSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication MapMediaEngine(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
        app.MapSignInEndpoints();
        app.MapMediaEngineApi();
        app.MapArtifactFiles();
        app.MapThumbnails();
        app.MapUploads();
        app.MapPresetFiles();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .RequireAuthorization(Policies.Viewer);
        return app;
    }
}
