using System.Text;
using MediaEngine.Domain.Presets;
using MediaEngine.Web.Auth;

namespace MediaEngine.Web.Services;

/// <summary>
/// <c>GET /files/presets/{slug}/export?version=N</c>: a preset version (the latest without <c>version</c>) as a
/// downloadable preset file, under the sign-in cookie for any signed-in user (viewers may read presets). The file is
/// the graph file format with the preset's slug, so it runs unchanged with <c>mediaengine run --preset</c>.
/// </summary>
public static class PresetFileEndpoints
{
    public static string ExportUrl(string slug, int? version = null) =>
        $"/files/presets/{Uri.EscapeDataString(slug)}/export{(version is { } v ? $"?version={v}" : string.Empty)}";

    public static IEndpointRouteBuilder MapPresetFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/presets/{slug}/export", ExportAsync).RequireAuthorization(Policies.Viewer).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string slug, int? version, PresetCatalog catalog, HttpContext http, CancellationToken ct)
    {
        var export = await catalog.ExportAsync(slug, version, ct);
        if (export is null)
        {
            return Results.Problem(
                version is { } v ? $"There is no version {v} of a preset \"{slug}\"." : $"There is no preset \"{slug}\".",
                statusCode: StatusCodes.Status404NotFound);
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-cache";
        return Results.File(Encoding.UTF8.GetBytes(export.Json), "application/json; charset=utf-8", export.FileName);
    }
}
