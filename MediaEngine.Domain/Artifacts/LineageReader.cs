using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Artifacts;

/// <summary>Turns a finished <see cref="LineageWalker"/> into the lineage lists and graph: reads the files, jobs and versions it found.</summary>
internal static class LineageReader
{
    private const int Chunk = 400;

    public static async Task<(IReadOnlyList<LineageEntry> Inputs, IReadOnlyList<LineageEntry> Derived, LineageGraph Graph)> ReadAsync(
        MediaEngineDbContext db, Guid root, LineageWalker walk, CancellationToken cancellationToken)
    {
        var artifacts = new Dictionary<Guid, ArtifactFacts>();
        foreach (var chunk in walk.Artifacts.Keys.Chunk(Chunk))
        {
            foreach (var a in await db.Artifacts.AsNoTracking().Where(a => chunk.Contains(a.Id))
                .Select(a => new ArtifactFacts(a.Id, a.Kind, a.MimeType, a.NodeId, a.PortName, a.JobId, a.IsPublished, a.PurgedAt != null, a.CreatedAt))
                .ToListAsync(cancellationToken))
            {
                artifacts[a.Id] = a;
            }
        }

        var assets = new Dictionary<Guid, AssetFacts>();
        foreach (var chunk in walk.Assets.Keys.Chunk(Chunk))
        {
            foreach (var s in await db.Assets.AsNoTracking().Where(s => chunk.Contains(s.Id))
                .Select(s => new AssetFacts(s.Id, s.Kind, s.MimeType, s.Name, s.DeletedAt == null)).ToListAsync(cancellationToken))
            {
                assets[s.Id] = s;
            }
        }

        var jobIds = artifacts.Values.Where(a => a.JobId != null).Select(a => a.JobId!.Value).Distinct().ToList();
        var jobs = new Dictionary<Guid, JobFacts>();
        foreach (var chunk in jobIds.Chunk(Chunk))
        {
            foreach (var j in await db.Jobs.AsNoTracking().Where(j => chunk.Contains(j.Id))
                .Select(j => new JobFacts(j.Id, j.Title, j.Status, j.PresetVersionId, j.PresetVersion!.Version, j.PresetVersion.Preset!.Slug, j.PresetVersion.Preset.Name))
                .ToListAsync(cancellationToken))
            {
                jobs[j.Id] = j;
            }
        }

        var edges = walk.Edges.ToList();
        var nodes = new List<LineageNode>();
        var links = new List<LineageEdge>();
        foreach (var version in jobs.Values.DistinctBy(j => j.VersionId))
        {
            nodes.Add(new LineageNode(LineageNode.KeyOf(LineageNodeKind.PresetVersion, version.VersionId), LineageNodeKind.PresetVersion, version.VersionId,
                $"{version.Slug}@{version.Version}", version.PresetName, null, 0, false, true, version.Slug, version.Version));
        }

        foreach (var job in jobs.Values)
        {
            var key = LineageNode.KeyOf(LineageNodeKind.Job, job.Id);
            nodes.Add(new LineageNode(key, LineageNodeKind.Job, job.Id, job.Title, $"job · {job.Status}", null, 0, false, true, job.Slug, job.Version));
            links.Add(new LineageEdge(LineageNode.KeyOf(LineageNodeKind.PresetVersion, job.VersionId), key, LineageEdgeKind.Ran));
        }

        foreach (var (id, depth) in walk.Assets.OrderBy(a => a.Value))
        {
            var s = assets.GetValueOrDefault(id);
            nodes.Add(new LineageNode(LineageNode.KeyOf(LineageNodeKind.Asset, id), LineageNodeKind.Asset, id, s?.Name ?? "deleted asset",
                s is null ? "no longer exists" : $"source asset · {s.MimeType}{(s.Live ? string.Empty : " · deleted")}", s?.Kind, depth, false, s?.Live == true));
        }

        var present = walk.Artifacts.Keys.Where(artifacts.ContainsKey).OrderBy(id => walk.Artifacts[id]).ThenBy(id => artifacts[id].CreatedAt).ToList();
        foreach (var id in present)
        {
            var a = artifacts[id];
            var key = LineageNode.KeyOf(LineageNodeKind.Artifact, id);
            var state = a.Purged ? "purged" : a.IsPublished ? "published" : "intermediate";
            var job = a.JobId is { } j ? jobs.GetValueOrDefault(j) : null;
            nodes.Add(new LineageNode(key, LineageNodeKind.Artifact, id, a.Caption, $"{a.MimeType} · {state}", a.Kind, walk.Artifacts[id],
                a.IsPublished, !a.Purged, job?.Slug, job?.Version));
            var fromOwnJob = edges.Any(e => e.Artifact == id && e.InputArtifact is { } input && artifacts.GetValueOrDefault(input)?.JobId == a.JobId);
            if (job is not null && !fromOwnJob)
            {
                links.Add(new LineageEdge(LineageNode.KeyOf(LineageNodeKind.Job, job.Id), key, LineageEdgeKind.Produced));
            }
        }

        var keys = nodes.Select(n => n.Key).ToHashSet();
        links.AddRange(edges
            .Select(e => new LineageEdge(
                e.InputArtifact is { } a ? LineageNode.KeyOf(LineageNodeKind.Artifact, a) : LineageNode.KeyOf(LineageNodeKind.Asset, e.InputAsset!.Value),
                LineageNode.KeyOf(LineageNodeKind.Artifact, e.Artifact),
                LineageEdgeKind.Input))
            .Where(l => keys.Contains(l.From) && keys.Contains(l.To)));

        var inputs = new List<LineageEntry>();
        var derived = new List<LineageEntry>();
        foreach (var node in nodes.Where(n => n.Kind is LineageNodeKind.Asset or LineageNodeKind.Artifact && n.Depth != 0).OrderBy(n => Math.Abs(n.Depth)))
        {
            var linked = node.Depth < 0
                ? links.First(l => l.Kind == LineageEdgeKind.Input && l.From == node.Key).To
                : links.First(l => l.Kind == LineageEdgeKind.Input && l.To == node.Key).From;
            var entry = new LineageEntry(
                node.Kind == LineageNodeKind.Asset ? LineageSource.Asset : LineageSource.Artifact,
                node.Id,
                Math.Abs(node.Depth),
                Guid.Parse(linked[(linked.IndexOf(':') + 1)..]),
                node.MediaKind ?? MediaKind.Data,
                node.Kind == LineageNodeKind.Asset ? assets.GetValueOrDefault(node.Id)?.MimeType ?? string.Empty : artifacts[node.Id].MimeType,
                node.Label,
                node.Kind == LineageNodeKind.Artifact ? artifacts[node.Id].JobId : null,
                node.IsAvailable);
            (node.Depth < 0 ? inputs : derived).Add(entry);
        }

        var graph = new LineageGraph(LineageNode.KeyOf(LineageNodeKind.Artifact, root), nodes, links, walk.Truncated);
        return (inputs, derived, graph);
    }

    private sealed record ArtifactFacts(
        Guid Id, MediaKind Kind, string MimeType, string? NodeId, string? PortName, Guid? JobId, bool IsPublished, bool Purged, DateTime CreatedAt)
    {
        public string Caption => $"{NodeId ?? "?"}.{PortName ?? "out"}";
    }

    private sealed record AssetFacts(Guid Id, MediaKind Kind, string MimeType, string Name, bool Live);

    private sealed record JobFacts(Guid Id, string Title, Jobs.JobStatus Status, Guid VersionId, int Version, string Slug, string PresetName);
}
