using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Querying;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Artifacts;

/// <summary>
/// Reads outputs for the gallery: published artifacts filtered and paged in the database, newest first, each with its
/// job and preset version in the same query; and the lineage of one artifact, back to its source assets.
/// Outputs of workbench test runs are not in the gallery.
/// </summary>
public sealed class ArtifactQueries(IDbContextFactory<MediaEngineDbContext> contexts)
{
    /// <summary>How many input levels <see cref="LineageAsync"/> walks back at most; pipelines are far shallower.</summary>
    public const int MaxLineageDepth = 64;

    /// <remarks>
    /// Counts and pages on the artifacts table alone (filters on jobs and presets are subqueries), so the
    /// <c>(IsPublished, CreatedAt)</c> index serves a million rows; only the page's rows are joined for display.
    /// </remarks>
    public async Task<PagedResult<GalleryItem>> ListPublishedAsync(GalleryFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = await PublishedAsync(db, filter, cancellationToken);
        var total = await published.CountAsync(cancellationToken);
        var ids = await published.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(a => a.Id).ToListAsync(cancellationToken);
        var rows = await Project(Joined(db).Where(r => ids.Contains(r.Artifact.Id))).ToListAsync(cancellationToken);
        var order = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return new PagedResult<GalleryItem>([.. rows.OrderBy(r => order[r.Id])], total, page.Page, page.PageSize);
    }

    /// <summary>The presets that have published outputs, by name.</summary>
    public async Task<IReadOnlyList<GalleryPreset>> PresetsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Joined(db)
            .Where(r => r.Artifact.IsPublished && r.Preset != null)
            .Select(r => new { r.Preset!.Slug, r.Preset.Name })
            .Distinct()
            .OrderBy(p => p.Name)
            .Select(p => new GalleryPreset(p.Slug, p.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The published artifacts of one job, oldest first (what its outputs zip holds).</summary>
    public async Task<IReadOnlyList<Artifact>> PublishedOfJobAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Artifacts.AsNoTracking().Where(a => a.JobId == jobId && a.IsPublished)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.NodeId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The artifact with its job and preset version, its inputs walked back level by level to the source assets (each file
    /// once, nearest first), and the artifacts made directly from it. Null when there is no such artifact.
    /// </summary>
    public async Task<ArtifactLineage?> LineageAsync(Guid artifactId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var artifact = await Project(Joined(db).Where(r => r.Artifact.Id == artifactId)).FirstOrDefaultAsync(cancellationToken);
        if (artifact is null)
        {
            return null;
        }

        var inputs = await InputsAsync(db, artifactId, cancellationToken);
        var derived = await (
            from i in db.ArtifactInputs.AsNoTracking()
            where i.InputArtifactId == artifactId
            join a in db.Artifacts on i.ArtifactId equals a.Id
            orderby a.CreatedAt
            select new LineageEntry(
                LineageSource.Artifact, a.Id, 1, artifactId, a.Kind, a.MimeType, (a.NodeId ?? "?") + "." + (a.PortName ?? "out"), a.JobId, a.PurgedAt == null))
            .ToListAsync(cancellationToken);
        return new ArtifactLineage(artifact, inputs, [.. derived.DistinctBy(d => d.Id)]);
    }

    /// <summary>Breadth first: three queries per level (edges, input artifacts, input assets), never one per file.</summary>
    private static async Task<List<LineageEntry>> InputsAsync(MediaEngineDbContext db, Guid artifactId, CancellationToken cancellationToken)
    {
        var entries = new List<LineageEntry>();
        var seen = new HashSet<Guid> { artifactId };
        List<Guid> frontier = [artifactId];
        for (var depth = 1; frontier.Count > 0 && depth <= MaxLineageDepth; depth++)
        {
            var level = frontier;
            var edges = await db.ArtifactInputs.AsNoTracking().Where(i => level.Contains(i.ArtifactId)).OrderBy(i => i.Id)
                .Select(i => new { i.ArtifactId, i.InputArtifactId, i.InputAssetId }).ToListAsync(cancellationToken);
            var artifactIds = edges.Where(e => e.InputArtifactId != null).Select(e => e.InputArtifactId!.Value).Distinct().ToList();
            var assetIds = edges.Where(e => e.InputAssetId != null).Select(e => e.InputAssetId!.Value).Distinct().ToList();
            var artifacts = await db.Artifacts.AsNoTracking().Where(a => artifactIds.Contains(a.Id))
                .Select(a => new { a.Id, a.Kind, a.MimeType, a.NodeId, a.PortName, a.JobId, a.PurgedAt })
                .ToDictionaryAsync(a => a.Id, cancellationToken);
            var assets = await db.Assets.AsNoTracking().Where(a => assetIds.Contains(a.Id))
                .Select(a => new { a.Id, a.Kind, a.MimeType, a.Name, a.DeletedAt })
                .ToDictionaryAsync(a => a.Id, cancellationToken);

            frontier = [];
            foreach (var edge in edges)
            {
                if (edge.InputArtifactId is { } inputArtifact && artifacts.TryGetValue(inputArtifact, out var a) && seen.Add(a.Id))
                {
                    entries.Add(new LineageEntry(
                        LineageSource.Artifact, a.Id, depth, edge.ArtifactId, a.Kind, a.MimeType, $"{a.NodeId ?? "?"}.{a.PortName ?? "out"}", a.JobId, a.PurgedAt == null));
                    frontier.Add(a.Id);
                }
                else if (edge.InputAssetId is { } inputAsset && assets.TryGetValue(inputAsset, out var s) && seen.Add(s.Id))
                {
                    entries.Add(new LineageEntry(LineageSource.Asset, s.Id, depth, edge.ArtifactId, s.Kind, s.MimeType, s.Name, null, s.DeletedAt == null));
                }
            }
        }

        return entries;
    }

    private static IQueryable<GalleryRow> Joined(MediaEngineDbContext db) =>
        from a in db.Artifacts.AsNoTracking()
        join j in db.Jobs on a.JobId equals (Guid?)j.Id into jobs
        from j in jobs.DefaultIfEmpty()
        join v in db.PresetVersions on a.PresetVersionId equals (Guid?)v.Id into versions
        from v in versions.DefaultIfEmpty()
        join p in db.Presets on v!.PresetId equals p.Id into presets
        from p in presets.DefaultIfEmpty()
        select new GalleryRow { Artifact = a, Job = j, Version = v, Preset = p };

    /// <summary>Published outputs of production jobs (never test runs) matching <paramref name="filter"/>, as artifacts.</summary>
    private static async Task<IQueryable<Artifact>> PublishedAsync(MediaEngineDbContext db, GalleryFilter filter, CancellationToken cancellationToken)
    {
        // Test runs do not publish; their job ids (few) are excluded as well, cheaply, for outputs recorded before that rule.
        var testJobs = await db.Jobs.Where(j => j.IsTest).Select(j => (Guid?)j.Id).ToListAsync(cancellationToken);
        var query = db.Artifacts.AsNoTracking().Where(a => a.IsPublished && !testJobs.Contains(a.JobId));
        if (!string.IsNullOrWhiteSpace(filter.Preset))
        {
            var slug = filter.Preset.Trim();
            var versions = await db.PresetVersions.Where(v => v.Preset!.Slug == slug).Select(v => (Guid?)v.Id).ToListAsync(cancellationToken);
            query = query.Where(a => versions.Contains(a.PresetVersionId));
        }

        if (filter.JobId is { } jobId)
        {
            query = query.Where(a => a.JobId == jobId);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        if (filter.From is { } from)
        {
            query = query.Where(a => a.CreatedAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(a => a.CreatedAt < to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = $"%{Escape(filter.Search.Trim())}%";
            var versions = await db.PresetVersions.Where(v => EF.Functions.Like(v.Preset!.Name, pattern, "\\")).Select(v => (Guid?)v.Id).ToListAsync(cancellationToken);
            query = query.Where(a => versions.Contains(a.PresetVersionId)
                || db.Jobs.Any(j => j.Id == a.JobId && EF.Functions.Like(j.Title, pattern, "\\")));
        }

        return query;
    }

    private static IQueryable<GalleryItem> Project(IQueryable<GalleryRow> rows) =>
        rows.Select(r => new GalleryItem(
            r.Artifact.Id, r.Artifact.Kind, r.Artifact.MimeType, r.Artifact.SizeBytes, r.Artifact.Width, r.Artifact.Height,
            r.Artifact.DurationSeconds, r.Artifact.NodeId, r.Artifact.PortName, r.Artifact.IsPublished, r.Artifact.CreatedAt,
            r.Artifact.JobId, r.Job == null ? null : r.Job.Title, r.Preset == null ? null : r.Preset.Slug,
            r.Preset == null ? null : r.Preset.Name, r.Version == null ? null : r.Version.Version));

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private sealed class GalleryRow
    {
        public required Artifact Artifact { get; init; }

        public Job? Job { get; init; }

        public PresetVersion? Version { get; init; }

        public Preset? Preset { get; init; }
    }
}
