using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Pipelines.Artifacts;

/// <summary>
/// Records every artifact a run produces in the database: kind, MIME type, size, dimensions, duration and its
/// lineage (job, node, port, preset version, and the artifacts or source assets it was made from).
/// </summary>
public sealed class ArtifactIndex(IDbContextFactory<MediaEngineDbContext> contexts, TimeProvider clock)
{
    /// <summary>
    /// Records a node's outputs. Within one job this is idempotent per (node, port): a resumed job whose node is
    /// served from the cache gets back the rows the first run recorded instead of a second set.
    /// </summary>
    public async Task<IReadOnlyList<(string Port, ArtifactRef Artifact)>> RecordAsync(
        ArtifactLineage lineage,
        IReadOnlyList<(string Port, ArtifactRef Artifact)> outputs,
        IEnumerable<ArtifactRef> inputs,
        IReadOnlySet<string> publishedPorts,
        CancellationToken cancellationToken)
    {
        var inputList = inputs.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var earlier = lineage.JobId is { } jobId
            ? await db.Artifacts.Include(a => a.Inputs).Where(a => a.JobId == jobId && a.NodeId == lineage.NodeId).ToListAsync(cancellationToken)
            : [];
        var reused = earlier.Where(e => outputs.Any(o => o.Port == e.PortName && o.Artifact.Sha256 == e.Sha256)).ToList();
        var recorded = new List<(string, ArtifactRef)>();
        foreach (var (port, artifact) in outputs)
        {
            // Same content first; otherwise a row of the same port the first run left (re-made with other bytes).
            var row = Take(earlier, port, artifact.Sha256) ?? Take(earlier.Except(reused).ToList(), port, null);
            if (row is null)
            {
                row = new Artifact { Sha256 = artifact.Sha256, MimeType = artifact.MimeType, CreatedAt = clock.GetUtcNow().UtcDateTime };
                db.Artifacts.Add(row);
            }

            earlier.Remove(row);
            if (row.Sha256 != artifact.Sha256 || row.Inputs.Count == 0)
            {
                row.Inputs.Clear();
                row.Inputs.AddRange(inputList.Where(i => i.ArtifactId is not null).Select(i => new ArtifactInput { InputArtifactId = i.ArtifactId }));
                if (artifact.SourceAssetId is { } asset)
                {
                    row.Inputs.Add(new ArtifactInput { InputAssetId = asset });
                }
            }

            row.Sha256 = artifact.Sha256;
            row.Kind = ToMediaKind(artifact.Kind);
            row.MimeType = artifact.MimeType;
            row.SizeBytes = artifact.SizeBytes;
            row.Width = artifact.Width;
            row.Height = artifact.Height;
            row.DurationSeconds = artifact.DurationSeconds;
            row.JobId = lineage.JobId;
            row.PresetVersionId = lineage.PresetVersionId;
            row.NodeId = lineage.NodeId;
            row.PortName = port;
            row.IsPublished = publishedPorts.Contains(port);
            row.PurgedAt = null; // the file is there: it was just made or served from the cache
            recorded.Add((port, artifact with { ArtifactId = row.Id }));
        }

        await db.SaveChangesAsync(cancellationToken);
        return recorded;
    }

    private static Artifact? Take(List<Artifact> rows, string port, string? sha256) =>
        rows.FirstOrDefault(r => r.PortName == port && (sha256 is null || r.Sha256 == sha256));

    public static MediaKind ToMediaKind(PortKind kind) => kind switch
    {
        PortKind.Image or PortKind.ImageSet => MediaKind.Image,
        PortKind.Video => MediaKind.Video,
        PortKind.Audio => MediaKind.Audio,
        PortKind.Text => MediaKind.Text,
        _ => MediaKind.Data,
    };
}
