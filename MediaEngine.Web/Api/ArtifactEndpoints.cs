using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Api;

/// <summary><c>/artifacts/{id}/content</c>: the stored file, streamed with its MIME type; every download is audited once.</summary>
public static class ArtifactEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/artifacts/{id:guid}/content", (
            Guid id, IDbContextFactory<MediaEngineDbContext> contexts, ArtifactStore store, IAuditLog audit, HttpContext http, CancellationToken ct) =>
            StoredFileDownloads.ArtifactAsync(id, download: true, contexts, store, audit, http, ct)).WithTags("Artifacts");
    }
}
