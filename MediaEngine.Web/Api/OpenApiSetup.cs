using Microsoft.OpenApi;

namespace MediaEngine.Web.Api;

/// <summary>The OpenAPI document of <c>/api/v1</c> (served at <c>/api/v1/openapi.json</c>), with its bearer API-key scheme.</summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddMediaEngineOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "MediaEngine API",
                    Version = "v1",
                    Description = "Upload assets, run presets as jobs, follow them and fetch their outputs. Send an API key as 'Authorization: Bearer <key>'.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API key created on the Settings page or with 'mediaengine apikey create'.",
                };
                return Task.CompletedTask;
            });
        });
}
