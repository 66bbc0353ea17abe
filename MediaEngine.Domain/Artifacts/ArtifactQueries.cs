using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Querying;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Artifacts;

/// <summary>
/// Reads outputs for the gallery: published artifacts filtered and paged in the database, newest first, each with its
/// job and preset version in the same query; the lineage of one artifact, back to its source assets and forward to
/// everything made from it; and what an output can be compared with. Outputs of workbench test runs are not in the gallery.
/// </summary>
public sealed class ArtifactQueries(IDbContextFactory<MediaEngineDbContext> contexts)
{
    /// <summary>How many levels <see cref="LineageAsync"/> walks back or forward at most; pipelines are far shallower.</summary>
    public const int MaxLineageDepth = 64;

    /// <summary>How many files (artifacts and assets) a lineage graph holds at most, to stay readable and quick.</summary>
    public const int MaxLineageNodes = 300;

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
    /// The artifact with its job and preset version, everything it was made from back to the source assets, everything
    /// made from it (directly or not), and the graph of both with every recorded edge, the jobs and the preset versions.
    /// Null when there is no such artifact.
    /// </summary>
    public async Task<ArtifactLineage?> LineageAsync(Guid artifactId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var artifact = await Project(Joined(db).Where(r => r.Artifact.Id == artifactId)).FirstOrDefaultAsync(cancellationToken);
        if (artifact is null)
        {
            return null;
        }

        var walk = new LineageWalker(db, MaxLineageNodes, MaxLineageDepth);
        await walk.WalkAsync(artifactId, cancellationToken);
        var (inputs, derived, graph) = await LineageReader.ReadAsync(db, artifactId, walk, cancellationToken);
        return new ArtifactLineage(artifact, inputs, derived, graph);
    }

    /// <summary>
    /// Published outputs of the same kind made from the same source assets by other jobs (another preset or version, or
    /// a re-run): what an output is most usefully compared with. The same node and port first, then the newest; at most
    /// <see cref="PickerSize"/>.
    /// </summary>
    public async Task<IReadOnlyList<GalleryItem>> SameSourcesAsync(ArtifactLineage lineage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        var assets = lineage.SourceAssets.Select(a => (Guid?)a.Id).Distinct().ToList();
        if (assets.Count == 0)
        {
            return [];
        }

        var item = lineage.Artifact;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var jobs = await db.ArtifactInputs.AsNoTracking().Where(i => assets.Contains(i.InputAssetId))
            .Join(db.Artifacts, i => i.ArtifactId, a => a.Id, (i, a) => a.JobId)
            .Where(j => j != null && j != item.JobId).Distinct().Take(PageRequest.MaxPageSize).ToListAsync(cancellationToken);
        var published = true;
        var ids = await db.Artifacts.AsNoTracking()
            .Where(a => jobs.Contains(a.JobId) && a.IsPublished == published && a.Kind == item.Kind && a.Id != item.Id)
            .OrderByDescending(a => a.NodeId == item.NodeId && a.PortName == item.PortName).ThenByDescending(a => a.CreatedAt)
            .Take(PickerSize).Select(a => a.Id).ToListAsync(cancellationToken);
        var rows = await Project(Joined(db).Where(r => ids.Contains(r.Artifact.Id))).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => ids.IndexOf(r.Id))];
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
