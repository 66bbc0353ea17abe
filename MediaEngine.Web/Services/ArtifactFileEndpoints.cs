using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Services;

/// <summary>
/// Files for the browser, under the sign-in cookie (the <c>/api/v1</c> routes take API keys only):
/// <c>GET /files/artifacts/{id}</c> streams a file a job wrote, inline for previews; with <c>?download=1</c> it is an
/// attachment and the download is audited. <c>GET /files/assets/{id}</c> streams an input asset for thumbnails.
/// Both support range requests (video seeking) and are sandboxed so uploaded content cannot run as this site.
/// </summary>
public static class ArtifactFileEndpoints
{
    public static IEndpointRouteBuilder MapArtifactFiles(this IEndpointRouteBuilder endpoints)
    {
        var files = endpoints.MapGroup("/files").RequireAuthorization(Policies.Viewer).ExcludeFromDescription();
        files.MapGet("/artifacts/{id:guid}", ArtifactAsync);
        files.MapGet("/assets/{id:guid}", AssetAsync);
        return endpoints;
    }

    private static async Task<IResult> ArtifactAsync(
        Guid id, bool? download, IDbContextFactory<MediaEngineDbContext> contexts, ArtifactStore store, IAuditLog audit, HttpContext http, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var artifact = await db.Artifacts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        var path = artifact is null ? null : store.Find(artifact.Sha256);
        if (artifact is null || path is null)
        {
            return Results.Problem(
                artifact is null ? $"There is no artifact {id}." : $"The file of artifact {id} is no longer stored; run the job again to make it.",
                statusCode: StatusCodes.Status404NotFound);
        }

        Protect(http);
        if (download != true)
        {
            return Results.File(path, artifact.MimeType, enableRangeProcessing: true);
        }

        var actor = PrincipalFactory.ToActor(http.User, http.Connection.RemoteIpAddress?.ToString());
        await audit.WriteAsync(new AuditEntry(actor, "artifact.downloaded", $"artifact:{id}"), ct);
        var name = $"{artifact.NodeId ?? "artifact"}-{artifact.PortName ?? "out"}{Path.GetExtension(path)}";
        return Results.File(path, artifact.MimeType, name, enableRangeProcessing: true);
    }

    private static async Task<IResult> AssetAsync(Guid id, IDbContextFactory<MediaEngineDbContext> contexts, AssetFiles files, HttpContext http, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var asset = await db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, ct);
        var path = asset is null ? null : files.PathOf(asset);
        if (asset is null || !File.Exists(path))
        {
            return Results.Problem(
                asset is null ? $"There is no asset {id}, or it was deleted." : $"The file of asset {id} is no longer stored.",
                statusCode: StatusCodes.Status404NotFound);
        }

        Protect(http);
        return Results.File(path!, asset.MimeType, enableRangeProcessing: true);
    }

    /// <summary>Content is never sniffed into something else, and an opened SVG or HTML file runs no script here.</summary>
    private static void Protect(HttpContext http)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'";
        http.Response.Headers.CacheControl = "private, max-age=3600";
    }
}
