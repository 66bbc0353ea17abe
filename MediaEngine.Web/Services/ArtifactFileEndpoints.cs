using System.IO.Compression;
using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Services;

/// <summary>
/// Files for the browser, under the sign-in cookie (the <c>/api/v1</c> routes take API keys only):
/// <c>GET /files/artifacts/{id}</c> streams a file a job wrote, inline for previews; with <c>?download=1</c> it is an
/// attachment and the download is audited. <c>GET /files/assets/{id}</c> streams an input asset for thumbnails.
/// <c>GET /files/artifacts/{id}/poster</c> is a small JPEG frame of a video artifact (thumbnails on the workbench canvas).
/// <c>GET /files/jobs/{id}/outputs.zip</c> streams a job's published outputs as one zip, audited.
/// The file routes support range requests (video seeking) and are sandboxed so uploaded content cannot run as this site.
/// </summary>
public static class ArtifactFileEndpoints
{
    public static IEndpointRouteBuilder MapArtifactFiles(this IEndpointRouteBuilder endpoints)
    {
        var files = endpoints.MapGroup("/files").RequireAuthorization(Policies.Viewer).ExcludeFromDescription();
        files.MapGet("/artifacts/{id:guid}", ArtifactAsync);
        files.MapGet("/artifacts/{id:guid}/poster", PosterAsync);
        files.MapGet("/assets/{id:guid}", AssetAsync);
        files.MapGet("/jobs/{id:guid}/outputs.zip", JobOutputsZipAsync);
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

    private static async Task<IResult> PosterAsync(
        Guid id, IDbContextFactory<MediaEngineDbContext> contexts, ArtifactPosters posters, HttpContext http, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var artifact = await db.Artifacts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (artifact is not { Kind: Domain.Entities.MediaKind.Video })
        {
            return Results.Problem(artifact is null ? $"There is no artifact {id}." : $"Artifact {id} is {artifact.Kind}; only videos have a poster.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var poster = await posters.PosterOfAsync(artifact.Sha256, artifact.DurationSeconds, ct);
        if (poster is null)
        {
            return Results.Problem($"The file of artifact {id} is no longer stored; run the job again to make it.", statusCode: StatusCodes.Status404NotFound);
        }

        Protect(http);
        return Results.File(poster, "image/jpeg");
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

    /// <summary>
    /// The job's published outputs as <c>&lt;nodeId&gt;-&lt;port&gt;&lt;ext&gt;</c> entries, stored uncompressed (media is already
    /// compressed) and written straight to the response. Outputs whose file is no longer stored are left out.
    /// </summary>
    private static async Task<IResult> JobOutputsZipAsync(Guid id, ArtifactQueries queries, ArtifactStore store, IAuditLog audit, HttpContext http, CancellationToken ct)
    {
        var outputs = (await queries.PublishedOfJobAsync(id, ct))
            .Select(a => (Artifact: a, Path: store.Find(a.Sha256)))
            .Where(o => o.Path is not null)
            .ToList();
        if (outputs.Count == 0)
        {
            return Results.Problem(
                $"Job {id} has no published outputs to download: it has not finished, wrote nothing to publish, or its files are no longer stored.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var actor = PrincipalFactory.ToActor(http.User, http.Connection.RemoteIpAddress?.ToString());
        await audit.WriteAsync(new AuditEntry(actor, "job.outputs-downloaded", $"job:{id}"), ct);

        // The runtime's zip writer copies file data asynchronously but writes each entry's small data descriptor and the
        // central directory with synchronous writes, even through its async API; allow those for this response only.
        if (http.Features.Get<IHttpBodyControlFeature>() is { } bodyControl)
        {
            bodyControl.AllowSynchronousIO = true;
        }

        return Results.Stream(
            async body =>
            {
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                await using var zip = await ZipArchive.CreateAsync(body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
                foreach (var (artifact, path) in outputs)
                {
                    var stem = $"{artifact.NodeId ?? "artifact"}-{artifact.PortName ?? "out"}";
                    var extension = Path.GetExtension(path!);
                    var name = stem + extension;
                    for (var n = 2; !names.Add(name); n++)
                    {
                        name = $"{stem}-{n}{extension}";
                    }

                    await zip.CreateEntryFromFileAsync(path!, name, CompressionLevel.NoCompression, ct);
                }
            },
            "application/zip",
            $"job-{id}-outputs.zip");
    }

    /// <summary>Content is never sniffed into something else, and an opened SVG or HTML file runs no script here.</summary>
    private static void Protect(HttpContext http)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'";
        http.Response.Headers.CacheControl = "private, max-age=3600";
    }
}
