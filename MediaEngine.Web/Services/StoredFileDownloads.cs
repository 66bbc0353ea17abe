using System.Globalization;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Web.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace MediaEngine.Web.Services;

/// <summary>
/// Streams a stored artifact or asset with range support (seeking in players, resumed downloads). Inline (a preview
/// player, a thumbnail) it is only authorised; as a download (an attachment) it is also audited, once: the whole request
/// or the first range (starting at byte 0), never once per range that follows.
/// </summary>
public static class StoredFileDownloads
{
    public static async Task<IResult> ArtifactAsync(
        Guid id, bool download, IDbContextFactory<MediaEngineDbContext> contexts, ArtifactStore store, IAuditLog audit, HttpContext http, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var artifact = await db.Artifacts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        var path = artifact is null ? null : store.Find(artifact.Sha256);
        if (artifact is null || path is null)
        {
            return StoredFileProblems.ArtifactNotStored(id, artifact);
        }

        Protect(http);
        if (!download)
        {
            return Results.File(path, artifact.MimeType, enableRangeProcessing: true);
        }

        await AuditOnceAsync(http, audit, "artifact.downloaded", $"artifact:{id}", $"size={artifact.SizeBytes}", ct);
        var name = $"{artifact.NodeId ?? "artifact"}-{artifact.PortName ?? "out"}{Path.GetExtension(path)}";
        return Results.File(path, artifact.MimeType, name, enableRangeProcessing: true);
    }

    public static async Task<IResult> AssetAsync(
        Guid id, bool download, IDbContextFactory<MediaEngineDbContext> contexts, AssetFiles files, IAuditLog audit, HttpContext http, CancellationToken ct)
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
        if (!download)
        {
            return Results.File(path!, asset.MimeType, enableRangeProcessing: true);
        }

        await AuditOnceAsync(http, audit, "asset.downloaded", $"asset:{id}", $"name={asset.Name}; size={asset.SizeBytes}", ct);
        return Results.File(path!, asset.MimeType, asset.Name, enableRangeProcessing: true);
    }

    /// <summary>Whether a <c>?download=</c> value asks for an attachment: <c>1</c> or <c>true</c>.</summary>
    public static bool AsksForDownload(string? value) =>
        value is "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True for the request that starts a download: one without a <c>Range</c> header, or whose first range starts at
    /// byte 0. The requests a player or download manager sends for later ranges are not new downloads.
    /// </summary>
    public static bool StartsDownload(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var range = request.GetTypedHeaders().Range;
        if (range is null || range.Ranges.Count == 0)
        {
            return true;
        }

        var first = range.Ranges.First();
        return first.From == 0;
    }

    private static Task AuditOnceAsync(HttpContext http, IAuditLog audit, string action, string target, string details, CancellationToken ct)
    {
        if (!StartsDownload(http.Request))
        {
            return Task.CompletedTask;
        }

        var range = http.Request.Headers[HeaderNames.Range].ToString();
        var actor = PrincipalFactory.ToActor(http.User, http.Connection.RemoteIpAddress?.ToString());
        return audit.WriteAsync(
            new AuditEntry(actor, action, target, range.Length == 0 ? details : string.Create(CultureInfo.InvariantCulture, $"{details}; range={range}")), ct);
    }

    /// <summary>Content is never sniffed into something else, and an opened SVG or HTML file runs no script here.</summary>
    public static void Protect(HttpContext http)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'";
        http.Response.Headers.CacheControl = "private, max-age=3600";
    }
}
