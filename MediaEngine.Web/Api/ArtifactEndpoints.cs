using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Api;

/// <summary><c>/artifacts/{id}/content</c>: the stored file, streamed with its MIME type; every download is audited.</summary>
public static class ArtifactEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/artifacts/{id:guid}/content", async (
            Guid id, IDbContextFactory<MediaEngineDbContext> contexts, ArtifactStore store, IAuditLog audit, HttpContext http, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var artifact = await db.Artifacts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
            var path = artifact is null ? null : store.Find(artifact.Sha256);
            if (artifact is null || path is null)
            {
                return StoredFileProblems.ArtifactNotStored(id, artifact);
            }

            await audit.WriteAsync(new AuditEntry(PrincipalFactory.ToActor(http.User, http.Connection.RemoteIpAddress?.ToString()), "artifact.downloaded", $"artifact:{id}"), ct);
            var name = $"{artifact.NodeId ?? "artifact"}-{artifact.PortName ?? "out"}{Path.GetExtension(path)}";
            return Results.File(path, artifact.MimeType, name, enableRangeProcessing: true);
        }).WithTags("Artifacts");
    }
}
