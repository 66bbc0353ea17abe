using MediaEngine.Domain.Presets;
using MediaEngine.Domain.Querying;
using MediaEngine.Web.Auth;

namespace MediaEngine.Web.Api;

/// <summary>
/// <c>/presets</c>: list presets (what <c>POST /jobs</c> can run), download a version's preset file, and import a
/// preset file (the one Export writes) so that it runs here unchanged. Viewer keys read; importing takes an Operator key
/// and is audited like an import on the Presets page.
/// </summary>
public static class PresetEndpoints
{
    public sealed record PresetItem(Guid Id, string Slug, string Name, string? Description, bool System, int LatestVersion, DateTime UpdatedAt);

    public sealed record Imported(string Slug, string Name, int Version, bool Created, bool Unchanged, string Run);

    public static void Map(RouteGroupBuilder api)
    {
        var presets = api.MapGroup("/presets").WithTags("Presets");
        presets.MapGet("/", ListAsync);
        presets.MapGet("/{slug}/file", FileAsync);
        presets.MapPost("/", ImportAsync).RequireAuthorization(Policies.ApiOperator);
    }

    private static async Task<IResult> ListAsync(PresetQueries queries, string? search, int? page, int? pageSize, CancellationToken ct)
    {
        var result = await queries.ListAsync(new PresetFilter(search), ApiPaging.Request(page, pageSize), ct);
        var items = result.Items.Select(p => new PresetItem(p.Id, p.Slug, p.Name, p.Description, p.IsSystem, p.LatestVersion, p.UpdatedAt)).ToList();
        return Results.Ok(ApiPaging.Response(new PagedResult<PresetItem>(items, result.TotalCount, result.Page, result.PageSize)));
    }

    private static async Task<IResult> FileAsync(string slug, int? version, PresetCatalog catalog, CancellationToken ct) =>
        await catalog.ExportAsync(slug, version, ct) is { } export
            ? Results.Text(export.Json, "application/json")
            : Results.Problem($"There is no preset \"{slug}\"{(version is null ? string.Empty : $" at version {version}")}.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>The body is the preset file itself (JSON, at most <see cref="PresetFile.MaxBytes"/> bytes).</summary>
    private static async Task<IResult> ImportAsync(HttpRequest request, PresetCatalog catalog, CancellationToken ct)
    {
        var tooLarge = Results.Problem($"A preset file is at most {PresetFile.MaxBytes / 1024} KiB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        if (request.ContentLength > PresetFile.MaxBytes)
        {
            return tooLarge;
        }

        string text;
        using (var reader = new StreamReader(request.Body))
        {
            var buffer = new char[PresetFile.MaxBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, ct);
            if (read > PresetFile.MaxBytes)
            {
                return tooLarge;
            }

            text = new string(buffer, 0, read);
        }

        try
        {
            var result = await catalog.ImportAsync(text, PrincipalFactory.ToActor(request.HttpContext.User, request.HttpContext.Connection.RemoteIpAddress?.ToString()), ct);
            var body = new Imported(result.Slug, result.Name, result.Version, result.CreatedPreset, result.Unchanged, $"{result.Slug}@{result.Version}");
            return result.CreatedPreset ? Results.Created($"{ApiEndpoints.Prefix}/presets/{result.Slug}/file", body) : Results.Ok(body);
        }
        catch (PresetException ex)
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["file"] = ex.Problems.Count > 0 ? [.. ex.Problems] : [ex.Message] },
                ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }
}
