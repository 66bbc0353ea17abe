using Microsoft.OpenApi;

namespace MediaEngine.Web.Api;

/// <summary>The OpenAPI document of <c>/api/v1</c> (served at <c>/api/v1/openapi.json</c>), with its bearer API-key scheme.</summary>
public static class OpenApiSetup
{
    public const string SchemeName = "ApiKey";

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
                document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API key created on the Settings page or with 'mediaengine apikey create'.",
                };

                // Every route needs the key: say so for the document and on each operation, so clients and tools send it.
                var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] };
                document.Security = [requirement];
                foreach (var operation in document.Paths.Values.Where(p => p.Operations is not null).SelectMany(p => p.Operations!.Values))
                {
                    operation.Security ??= [];
                    operation.Security.Add(requirement);
                }

                return Task.CompletedTask;
            });
        });
}
