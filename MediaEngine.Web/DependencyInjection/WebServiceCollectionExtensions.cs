using MediaEngine.Web.Api;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Health;
using MediaEngine.Web.Services;
using MediaEngine.Web.Uploads;
using System.Text.Json.Serialization;
using MudBlazor.Services;

namespace MediaEngine.Web.DependencyInjection;

public static class WebServiceCollectionExtensions
{
    /// <summary>Blazor Server with MudBlazor, sign-in and roles, health checks and start-up reporting.</summary>
    public static IHostApplicationBuilder AddMediaEngineWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddProblemDetails();
        builder.Services.AddMediaEngineOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.AddMediaEngineDataProtection();
        builder.AddMediaEngineAuth();
        builder.AddMediaEngineHealthChecks();
        builder.Services.AddHostedService<StartupReporter>();
        builder.Services.AddSingleton<DashboardSummaryQuery>();
        builder.Services.AddSingleton<AssetUploads>();
        builder.Services.AddOptions<UploadOptions>()
            .BindConfiguration(UploadOptions.Section)
            .Validate(o => o.ChunkBytes is >= 64 * 1024 and <= UploadLimits.MaxChunkRequestBytes,
                $"{UploadOptions.KeyOf(nameof(UploadOptions.ChunkBytes))} must be between 65536 and {UploadLimits.MaxChunkRequestBytes} bytes.")
            .Validate(o => o.SessionHours >= 1, $"{UploadOptions.KeyOf(nameof(UploadOptions.SessionHours))} must be at least 1 hour.")
            .ValidateOnStart();
        builder.Services.AddSingleton<UploadSessionStore>();
        builder.Services.AddHostedService<UploadSessionSweeper>();
        return builder;
    }
}
