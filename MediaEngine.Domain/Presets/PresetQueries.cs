using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Querying;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Presets;

/// <summary>
/// Reads presets for the presets pages: the list filtered and paged in the database with each preset's latest graph
/// and run figures (one grouped query over the jobs of the page, never one per preset), and a preset's history.
/// </summary>
public sealed class PresetQueries(IDbContextFactory<MediaEngineDbContext> contexts)
{
    public async Task<PagedResult<PresetSummary>> ListAsync(PresetFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filter(db, filter);
        var total = await query.CountAsync(cancellationToken);
        var presets = await query.OrderBy(p => p.Name).ThenBy(p => p.Slug).Skip(page.Skip).Take(page.PageSize)
            .Select(p => new { Preset = p, Graph = db.PresetVersions.Where(v => v.PresetId == p.Id && v.Version == p.LatestVersion).Select(v => v.GraphJson).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        List<Guid> ids = [.. presets.Select(p => p.Preset.Id)];
        var figures = await RunFiguresAsync(db, ids, cancellationToken);
        var ratings = await RatingsAsync(db, ids, cancellationToken);
        return new PagedResult<PresetSummary>(
            [.. presets.Select(p => ToSummary(p.Preset, p.Graph, figures.GetValueOrDefault(p.Preset.Id), ratings.GetValueOrDefault(p.Preset.Id)))],
            total, page.Page, page.PageSize);
    }

    /// <summary>
    /// The preset with this slug (archived ones included, so old links still explain themselves); null when none, and for
    /// the workbench drafts, which are nobody's preset.
    /// </summary>
    public async Task<PresetSummary?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (WorkbenchDrafts.IsDraft(slug))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.Presets.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { Preset = p, Graph = db.PresetVersions.Where(v => v.PresetId == p.Id && v.Version == p.LatestVersion).Select(v => v.GraphJson).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var figures = await RunFiguresAsync(db, [found.Preset.Id], cancellationToken);
        var ratings = await RatingsAsync(db, [found.Preset.Id], cancellationToken);
        return ToSummary(found.Preset, found.Graph, figures.GetValueOrDefault(found.Preset.Id), ratings.GetValueOrDefault(found.Preset.Id));
    }

    /// <summary>Every version of the preset, newest first, with the name of who saved it (none for the workbench drafts).</summary>
    public async Task<IReadOnlyList<PresetVersionInfo>> VersionsAsync(Guid presetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
                from v in db.PresetVersions.AsNoTracking()
                where v.PresetId == presetId && v.Preset!.Slug != WorkbenchDrafts.Slug
                join u in db.Users on v.CreatedById equals u.Id into users
                from u in users.DefaultIfEmpty()
                orderby v.Version descending
                select new PresetVersionInfo(v.Id, v.Version, v.Note, u == null ? null : u.Name, v.CreatedAt, v.GraphJson))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The slug of the preset a clone was made from, or null.</summary>
    public async Task<string?> SlugOfAsync(Guid presetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Presets.AsNoTracking().Where(p => p.Id == presetId).Select(p => p.Slug).FirstOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<Preset> Filter(MediaEngineDbContext db, PresetFilter filter)
    {
        var query = db.Presets.AsNoTracking().Where(p => p.ArchivedAt == null);
        query = filter.Kind switch
        {
            PresetKindFilter.System => query.Where(p => p.IsSystem),
            PresetKindFilter.User => query.Where(p => !p.IsSystem),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = $"%{Escape(filter.Search.Trim())}%";
            query = query.Where(p => EF.Functions.Like(p.Name, pattern, "\\")
                || EF.Functions.Like(p.Slug, pattern, "\\")
                || (p.Description != null && EF.Functions.Like(p.Description, pattern, "\\")));
        }

        return query;
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static async Task<Dictionary<Guid, RunFigures>> RunFiguresAsync(MediaEngineDbContext db, List<Guid> presetIds, CancellationToken cancellationToken)
    {
        if (presetIds.Count == 0)
        {
            return [];
        }

        var rows = await db.Jobs.AsNoTracking()
            .Where(j => !j.IsTest && presetIds.Contains(j.PresetId))
            .GroupBy(j => j.PresetId)
            .Select(g => new RunFigures(
                g.Key,
                g.Max(j => j.CreatedAt),
                g.Count(j => j.Status == JobStatus.Succeeded),
                g.Count(j => j.Status == JobStatus.Failed)))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.PresetId);
    }

    /// <summary>Average and count of the ratings on the outputs of each preset (every version), one grouped query.</summary>
    private static async Task<Dictionary<Guid, RatingFigures>> RatingsAsync(MediaEngineDbContext db, List<Guid> presetIds, CancellationToken cancellationToken)
    {
        if (presetIds.Count == 0)
        {
            return [];
        }

        var rows = await (
                from r in db.ArtifactReviews.AsNoTracking()
                where r.Rating != null
                join a in db.Artifacts on r.ArtifactId equals a.Id
                join v in db.PresetVersions on a.PresetVersionId equals v.Id
                where presetIds.Contains(v.PresetId)
                group r by v.PresetId into g
                select new RatingFigures(g.Key, g.Average(r => (double)r.Rating!.Value), g.Count()))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.PresetId);
    }

    private static PresetSummary ToSummary(Preset preset, string? graphJson, RunFigures? figures, RatingFigures? ratings) => new(
        preset.Id, preset.Slug, preset.Name, preset.Description, preset.IsSystem, preset.LatestVersion, graphJson ?? string.Empty,
        preset.UpdatedAt, preset.ClonedFromId, figures?.LastRunAt, figures?.Succeeded ?? 0, figures?.Failed ?? 0)
    {
        AverageRating = ratings?.Average,
        RatingCount = ratings?.Count ?? 0,
    };

    private sealed record RunFigures(Guid PresetId, DateTime LastRunAt, int Succeeded, int Failed);

    private sealed record RatingFigures(Guid PresetId, double Average, int Count);
}
