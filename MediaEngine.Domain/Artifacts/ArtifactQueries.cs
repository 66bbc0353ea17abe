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

    /// <summary>How many options the gallery's pickers (jobs, tags) offer at once.</summary>
    public const int PickerSize = 20;

    /// <summary>One page of published outputs and the total; see <see cref="GalleryQuery"/> for how each filter stays fast.</summary>
    public async Task<PagedResult<GalleryItem>> ListPublishedAsync(GalleryFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var total = await CountPublishedAsync(filter, cancellationToken);
        var items = await SliceAsync(filter, page.Skip, page.PageSize, cancellationToken);
        return new PagedResult<GalleryItem>(items, total, page.Page, page.PageSize);
    }

    /// <summary>How many published outputs match.</summary>
    public async Task<int> CountPublishedAsync(GalleryFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (await GalleryQuery.MatchingAsync(db, filter, cancellationToken)).CountAsync(cancellationToken);
    }

    /// <summary>
    /// Published outputs <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> (at most
    /// <see cref="PageRequest.MaxPageSize"/>), newest first, each with its job and preset version (a virtualised grid asks for any slice).
    /// </summary>
    public async Task<IReadOnlyList<GalleryItem>> SliceAsync(GalleryFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matching = await GalleryQuery.MatchingAsync(db, filter, cancellationToken);
        var ids = await matching.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 0, PageRequest.MaxPageSize))
            .Select(a => a.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await Project(Joined(db).Where(r => ids.Contains(r.Artifact.Id))).ToListAsync(cancellationToken);
        var order = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return [.. rows.OrderBy(r => order[r.Id])];
    }

    /// <summary>The presets with published outputs of production jobs, by name: one short index probe per preset, never a scan of the outputs.</summary>
    public async Task<IReadOnlyList<GalleryPreset>> PresetsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = true; // a parameter, so that the index seeks on it
        return await db.Presets.AsNoTracking()
            .Where(p => db.Jobs.Any(j => j.PresetId == p.Id && !j.IsTest && db.Artifacts.Any(a => a.JobId == j.Id && a.IsPublished == published)))
            .OrderBy(p => p.Name)
            .Select(p => new GalleryPreset(p.Slug, p.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The version numbers of a preset, newest first (empty for an unknown slug).</summary>
    public async Task<IReadOnlyList<int>> VersionsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PresetVersions.AsNoTracking().Where(v => v.Preset!.Slug == slug)
            .OrderByDescending(v => v.Version).Select(v => v.Version).ToListAsync(cancellationToken);
    }

    /// <summary>Output tags starting with <paramref name="prefix"/> (all when empty), alphabetically, at most <see cref="PickerSize"/>.</summary>
    public async Task<IReadOnlyList<string>> TagsAsync(string? prefix, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tags = db.ArtifactTags.AsNoTracking().Select(t => t.Tag);
        if (!string.IsNullOrWhiteSpace(prefix))
        {
            var pattern = $"{GalleryQuery.Escape(prefix.Trim())}%";
            tags = tags.Where(t => EF.Functions.Like(t, pattern, "\\"));
        }

        return await tags.Distinct().OrderBy(t => t).Take(PickerSize).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Production jobs with published outputs whose title contains <paramref name="search"/> (any when empty), newest
    /// first, at most <see cref="PickerSize"/>.
    /// </summary>
    public async Task<IReadOnlyList<GalleryJob>> JobsAsync(string? search, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = true;
        var jobs = db.Jobs.AsNoTracking().Where(j => !j.IsTest && db.Artifacts.Any(a => a.JobId == j.Id && a.IsPublished == published));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{GalleryQuery.Escape(search.Trim())}%";
            jobs = jobs.Where(j => EF.Functions.Like(j.Title, pattern, "\\"));
        }

        return await jobs.OrderByDescending(j => j.CreatedAt).Take(PickerSize)
            .Select(j => new GalleryJob(j.Id, j.Title, j.CreatedAt)).ToListAsync(cancellationToken);
    }

    /// <summary>One job as the gallery's job filter names it, or null when there is no such job.</summary>
    public async Task<GalleryJob?> JobAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Jobs.AsNoTracking().Where(j => j.Id == jobId)
            .Select(j => new GalleryJob(j.Id, j.Title, j.CreatedAt)).FirstOrDefaultAsync(cancellationToken);
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
                LineageSource.Artifact, a.Id, 1, artifactId, a.Kind, a.MimeType, (a.NodeId ?? "?") + "." + (a.PortName ?? "out"), a.JobId, true))
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
                .Select(a => new { a.Id, a.Kind, a.MimeType, a.NodeId, a.PortName, a.JobId })
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
                        LineageSource.Artifact, a.Id, depth, edge.ArtifactId, a.Kind, a.MimeType, $"{a.NodeId ?? "?"}.{a.PortName ?? "out"}", a.JobId, true));
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

    private static IQueryable<GalleryItem> Project(IQueryable<GalleryRow> rows) =>
        rows.Select(r => new GalleryItem(
            r.Artifact.Id, r.Artifact.Kind, r.Artifact.MimeType, r.Artifact.SizeBytes, r.Artifact.Width, r.Artifact.Height,
            r.Artifact.DurationSeconds, r.Artifact.NodeId, r.Artifact.PortName, r.Artifact.IsPublished, r.Artifact.CreatedAt,
            r.Artifact.JobId, r.Job == null ? null : r.Job.Title, r.Preset == null ? null : r.Preset.Slug,
            r.Preset == null ? null : r.Preset.Name, r.Version == null ? null : r.Version.Version));

    private sealed class GalleryRow
    {
        public required Artifact Artifact { get; init; }

        public Job? Job { get; init; }

        public PresetVersion? Version { get; init; }

        public Preset? Preset { get; init; }
    }
}
