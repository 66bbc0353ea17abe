using MediaEngine.Web.Auth;

namespace MediaEngine.Web.Api;

/// <summary><c>/api/v1</c>: bearer API keys only, every route authorised by role.</summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    public static IEndpointRouteBuilder MapMediaEngineApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix)
            .RequireAuthorization(Policies.ApiViewer)
            .AddEndpointFilter<ApiExceptionFilter>()
            .DisableAntiforgery(); // bearer keys only: no ambient credentials, so no cross-site request forgery

        api.MapGet("/me", MeEndpoints.Get);
        AssetEndpoints.Map(api);
        JobEndpoints.Map(api);
        PresetEndpoints.Map(api);
        WorkerEndpoints.Map(api);
        ArtifactEndpoints.Map(api);
        Uploads.UploadEndpoints.MapApi(api);
        endpoints.MapOpenApi($"{Prefix}/openapi.json").RequireAuthorization(Policies.ApiViewer);
        AdminEndpoints.Map(api.MapGroup(string.Empty).RequireAuthorization(Policies.ApiAdmin));
        return endpoints;
    }
}
