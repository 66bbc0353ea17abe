using System.Globalization;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Services;

/// <summary>
/// Streams a stored artifact or asset with range support (seeking in players, resumed downloads). Every delivery of the
/// file's content is authorised and audited, once per response, when the response starts (before any byte is sent):
/// <list type="bullet">
/// <item>a download (an attachment) as <c>artifact.downloaded</c> / <c>asset.downloaded</c>, every response, a resumed
/// one (a range that starts past byte 0) with <c>resumed at byte N</c> in its details;</item>
/// <item>an inline delivery (a preview, a player, an opened file) as <c>artifact.viewed</c> / <c>asset.viewed</c>, for
/// the whole file or a range from byte 0 only: the ranges a player asks for while it plays or seeks write nothing more.</item>
/// </list>
/// A response that sends no content (not modified, range not satisfiable) is not audited.
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
        AuditWhenSent(http, audit, "artifact", id, download, $"size={artifact.SizeBytes}");
        var name = download ? $"{artifact.NodeId ?? "artifact"}-{artifact.PortName ?? "out"}{Path.GetExtension(path)}" : null;
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
        AuditWhenSent(http, audit, "asset", id, download, $"name={asset.Name}; size={asset.SizeBytes}");
        return Results.File(path!, asset.MimeType, download ? asset.Name : null, enableRangeProcessing: true);
    }

    /// <summary>Whether a <c>?download=</c> value asks for an attachment: <c>1</c> or <c>true</c>.</summary>
    public static bool AsksForDownload(string? value) =>
        value is "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The audit entry a response of a stored file writes, from its status and <c>Content-Range</c>, or null when it
    /// writes none: a response without content, or an inline range that does not start at byte 0.
    /// </summary>
    /// <param name="subject"><c>artifact</c> or <c>asset</c>.</param>
    /// <param name="download">True for an attachment.</param>
    /// <param name="response">The response, its status and headers set.</param>
    /// <param name="details">What the entry says of the file.</param>
    public static (string Action, string Details)? DeliveryOf(string subject, bool download, HttpResponse response, string details)
    {
        ArgumentNullException.ThrowIfNull(response);
        var action = $"{subject}.{(download ? "downloaded" : "viewed")}";
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            return (action, details);
        }

        if (response.StatusCode != StatusCodes.Status206PartialContent || response.GetTypedHeaders().ContentRange is not { From: { } from } range)
        {
            return null;
        }

        var sent = string.Create(CultureInfo.InvariantCulture, $"range=bytes {from}-{range.To}/{range.Length?.ToString(CultureInfo.InvariantCulture) ?? "*"}");
        if (from == 0)
        {
            return (action, $"{details}; {sent}");
        }

        return download ? (action, string.Create(CultureInfo.InvariantCulture, $"{details}; resumed at byte {from}; {sent}")) : null;
    }

    private static void AuditWhenSent(HttpContext http, IAuditLog audit, string subject, Guid id, bool download, string details) =>
        http.Response.OnStarting(() =>
        {
            if (DeliveryOf(subject, download, http.Response, details) is not { } delivery)
            {
                return Task.CompletedTask;
            }

            var actor = PrincipalFactory.ToActor(http.User, http.Connection.RemoteIpAddress?.ToString());
            return audit.WriteAsync(new AuditEntry(actor, delivery.Action, $"{subject}:{id}", delivery.Details), http.RequestAborted);
        });

    /// <summary>Content is never sniffed into something else, and an opened SVG or HTML file runs no script here.</summary>
    public static void Protect(HttpContext http)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'";
        http.Response.Headers.CacheControl = "private, max-age=3600";
    }
}
