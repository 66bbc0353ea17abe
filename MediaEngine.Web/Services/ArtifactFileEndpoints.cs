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
/// <c>GET /files/artifacts/{id}</c> streams a file a job wrote and <c>GET /files/assets/{id}</c> an input asset, inline for
/// previews and players (audited as viewed); with <c>?download=1</c> each is an attachment (audited as downloaded, a
/// resumed download too). See <see cref="StoredFileDownloads"/> for which range requests are audited.
/// <c>GET /files/jobs/{id}/outputs.zip</c> streams a job's published outputs as one zip, audited.
/// The file routes support range requests (video seeking) and are sandboxed so uploaded content cannot run as this site.
/// </summary>
public static class ArtifactFileEndpoints
{
    public static IEndpointRouteBuilder MapArtifactFiles(this IEndpointRouteBuilder endpoints)
    {
        var files = endpoints.MapGroup("/files").RequireAuthorization(Policies.Viewer).ExcludeFromDescription();
        files.MapGet("/artifacts/{id:guid}", ArtifactAsync);
        files.MapGet("/assets/{id:guid}", AssetAsync);
        files.MapGet("/jobs/{id:guid}/outputs.zip", JobOutputsZipAsync);
        return endpoints;
    }

    private static Task<IResult> ArtifactAsync(
        Guid id, string? download, IDbContextFactory<MediaEngineDbContext> contexts, ArtifactStore store, IAuditLog audit, HttpContext http, CancellationToken ct) =>
        StoredFileDownloads.ArtifactAsync(id, StoredFileDownloads.AsksForDownload(download), contexts, store, audit, http, ct);

    private static Task<IResult> AssetAsync(
        Guid id, string? download, IDbContextFactory<MediaEngineDbContext> contexts, AssetFiles files, IAuditLog audit, HttpContext http, CancellationToken ct) =>
        StoredFileDownloads.AssetAsync(id, StoredFileDownloads.AsksForDownload(download), contexts, files, audit, http, ct);

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
}
