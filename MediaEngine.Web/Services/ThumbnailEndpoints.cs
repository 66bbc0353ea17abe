using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Thumbnails;
using MediaEngine.Web.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace MediaEngine.Web.Services;

/// <summary>
/// Thumbnails for the browser, under the sign-in cookie: <c>GET /files/artifacts/{id}/thumbnail?size=320</c> and
/// <c>GET /files/assets/{id}/thumbnail?size=320</c> answer a WebP of the file (made once by <see cref="ThumbnailCache"/>),
/// with an entity tag from the content hash so that a browser revalidates for free, and a day of private caching.
/// Thumbnails are authorised like every file route but not audited: they are small pictures derived from the file (at
/// most 640 pixels on their longest side), not its content, and a gallery page loads dozens of them.
/// Every delivery of the file itself is audited (<see cref="StoredFileDownloads"/>).
/// </summary>
public static class ThumbnailEndpoints
{
    /// <summary>The size a thumbnail URL asks for when it names none.</summary>
    public const int DefaultSize = 320;

    public static string ArtifactUrl(Guid artifactId, int size = DefaultSize) => $"/files/artifacts/{artifactId}/thumbnail?size={size}";

    public static string AssetUrl(Guid assetId, int size = DefaultSize) => $"/files/assets/{assetId}/thumbnail?size={size}";

    public static IEndpointRouteBuilder MapThumbnails(this IEndpointRouteBuilder endpoints)
    {
        var files = endpoints.MapGroup("/files").RequireAuthorization(Policies.Viewer).ExcludeFromDescription();
        files.MapGet("/artifacts/{id:guid}/thumbnail", ArtifactAsync);
        files.MapGet("/assets/{id:guid}/thumbnail", AssetAsync);
        return endpoints;
    }

    private static async Task<IResult> ArtifactAsync(
        Guid id, int? size, IDbContextFactory<MediaEngineDbContext> contexts, ArtifactStore store, ThumbnailCache thumbnails, HttpContext http, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var artifact = await db.Artifacts.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Sha256, a.Kind, a.DurationSeconds }).FirstOrDefaultAsync(ct);
        var path = artifact is null ? null : store.Find(artifact.Sha256);
        return artifact is null || path is null
            ? Results.Problem(
                artifact is null ? $"There is no artifact {id}." : $"The file of artifact {id} is no longer stored, so it has no thumbnail.",
                statusCode: StatusCodes.Status404NotFound)
            : await ServeAsync(path, artifact.Sha256, artifact.Kind, artifact.DurationSeconds, size, thumbnails, http, ct);
    }

    private static async Task<IResult> AssetAsync(
        Guid id, int? size, IDbContextFactory<MediaEngineDbContext> contexts, AssetFiles files, ThumbnailCache thumbnails, HttpContext http, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var asset = await db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, ct);
        var path = asset is null ? null : files.PathOf(asset);
        return asset is null || !File.Exists(path)
            ? Results.Problem(
                asset is null ? $"There is no asset {id}, or it was deleted." : $"The file of asset {id} is no longer stored, so it has no thumbnail.",
                statusCode: StatusCodes.Status404NotFound)
            : await ServeAsync(path!, asset.Sha256, asset.Kind, asset.DurationSeconds, size, thumbnails, http, ct);
    }

    private static async Task<IResult> ServeAsync(
        string source, string sha256, MediaKind kind, double? duration, int? size, ThumbnailCache thumbnails, HttpContext http, CancellationToken ct)
    {
        var side = size ?? DefaultSize;
        if (!ThumbnailCache.Sizes.Contains(side))
        {
            return Results.Problem($"A thumbnail is {string.Join(", ", ThumbnailCache.Sizes)} pixels wide; ask for one of those sizes.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!ThumbnailCache.Supports(kind))
        {
            return Results.Problem($"A {kind.ToString().ToLowerInvariant()} file has no thumbnail.", statusCode: StatusCodes.Status404NotFound);
        }

        string path;
        try
        {
            path = await thumbnails.GetAsync(source, sha256, kind, side, duration, ct);
        }
        catch (Exception ex) when (ex is MediaInputException or MediaToolException or InvalidOperationException or ArgumentException)
        {
            return Results.Problem($"No thumbnail could be made: {ex.Message}", statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, max-age=86400";
        return Results.File(path, ThumbnailCache.MimeType, entityTag: new EntityTagHeaderValue($"\"{sha256}-{side}\""));
    }
}
