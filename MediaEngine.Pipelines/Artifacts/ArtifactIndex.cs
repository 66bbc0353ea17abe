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
    public async Task<IReadOnlyList<(string Port, ArtifactRef Artifact)>> RecordAsync(
        ArtifactLineage lineage,
        IReadOnlyList<(string Port, ArtifactRef Artifact)> outputs,
        IEnumerable<ArtifactRef> inputs,
        IReadOnlySet<string> publishedPorts,
        CancellationToken cancellationToken)
    {
        var inputList = inputs.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recorded = new List<(string, ArtifactRef)>();
        foreach (var (port, artifact) in outputs)
        {
            var row = new Artifact
            {
                Sha256 = artifact.Sha256,
                Kind = ToMediaKind(artifact.Kind),
                MimeType = artifact.MimeType,
                SizeBytes = artifact.SizeBytes,
                Width = artifact.Width,
                Height = artifact.Height,
                DurationSeconds = artifact.DurationSeconds,
                JobId = lineage.JobId,
                PresetVersionId = lineage.PresetVersionId,
                NodeId = lineage.NodeId,
                PortName = port,
                IsPublished = publishedPorts.Contains(port),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            row.Inputs.AddRange(inputList.Where(i => i.ArtifactId is not null).Select(i => new ArtifactInput { InputArtifactId = i.ArtifactId }));
            if (artifact.SourceAssetId is { } asset)
            {
                row.Inputs.Add(new ArtifactInput { InputAssetId = asset });
            }

            db.Artifacts.Add(row);
            recorded.Add((port, artifact with { ArtifactId = row.Id }));
        }

        await db.SaveChangesAsync(cancellationToken);
        return recorded;
    }

    public static MediaKind ToMediaKind(PortKind kind) => kind switch
    {
        PortKind.Image or PortKind.ImageSet => MediaKind.Image,
        PortKind.Video => MediaKind.Video,
        PortKind.Audio => MediaKind.Audio,
        PortKind.Text => MediaKind.Text,
        _ => MediaKind.Data,
    };
}
