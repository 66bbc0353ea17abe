using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Artifacts;

/// <summary>
/// Builds the gallery's filtered set of published artifacts so that each filter is served by an index at a million rows.
/// </summary>
/// <remarks>
/// Without a selective filter, the query walks <c>(IsPublished, CreatedAt, Id)</c> or <c>(IsPublished, Kind, CreatedAt,
/// Id)</c> newest first and stops at the page. A selective filter (a job, a tag, a rating, a preset or version, a search)
/// instead drives the query from its own small set: the matching jobs, preset versions, tags or ratings are the outer
/// side of a cross join whose inner side is an index seek into the artifacts (<c>(JobId, IsPublished, CreatedAt, Id,
/// Kind)</c>, <c>(PresetVersionId, IsPublished, CreatedAt, Id, Kind)</c> or the key), and only those rows are sorted; one
/// job or one version needs no sort at all. SQLite keeps the order of a cross join as written, so it cannot fall back to
/// walking every published output to find a rare one; SQL Server plans the same join freely.
/// </remarks>
internal static class GalleryQuery
{
    /// <summary>The published artifacts matching <paramref name="filter"/>, unordered; empty when a named preset or version does not exist.</summary>
    public static async Task<IQueryable<Artifact>> MatchingAsync(MediaEngineDbContext db, GalleryFilter filter, CancellationToken cancellationToken)
    {
        var sets = await SetsAsync(db, filter, cancellationToken);
        if (sets.None)
        {
            return db.Artifacts.AsNoTracking().Where(a => false);
        }

        var tag = string.IsNullOrWhiteSpace(filter.Tag) ? null : filter.Tag.Trim().ToLowerInvariant(); // tags are stored lower-case
        var minRating = filter.MinRating is { } m ? (double)Math.Clamp(m, ArtifactReview.MinRating, ArtifactReview.MaxRating) : (double?)null;
        var artifacts = db.Artifacts.AsNoTracking();

        // Compared with a parameter on purpose: EF writes a plain "WHERE IsPublished" for the constant, which SQLite
        // cannot seek in an index.
        var published = true;
        var driver = filter.JobId is not null ? Driver.Jobs
            : tag is not null ? Driver.Tag
            : minRating is not null ? Driver.Rating
            : sets.Jobs is null && sets.Versions is not null ? Driver.Versions
            : sets.Jobs is not null ? Driver.Jobs
            : Driver.None;
        var query = driver switch
        {
            Driver.Jobs => from j in sets.Jobs!
                           from a in artifacts
                           where a.JobId == j.Id && a.IsPublished == published
                           select a,
            Driver.Versions => from v in sets.Versions!
                               from a in artifacts
                               where a.PresetVersionId == v.Id && a.IsPublished == published
                               select a,
            Driver.Tag => from t in db.ArtifactTags
                          where t.Tag == tag
                          from a in artifacts
                          where a.Id == t.ArtifactId && a.IsPublished == published
                          select a,
            Driver.Rating => from id in RatedAtLeast(db, minRating!.Value)
                             from a in artifacts
                             where a.Id == id && a.IsPublished == published
                             select a,
            _ => artifacts.Where(a => a.IsPublished == published),
        };

        if (driver is not (Driver.Jobs or Driver.Versions) && sets.Versions is { } residualVersions)
        {
            var ids = residualVersions.Select(v => (Guid?)v.Id);
            query = query.Where(a => ids.Contains(a.PresetVersionId));
        }

        if (driver != Driver.Jobs && sets.Jobs is { } residualJobs)
        {
            var ids = residualJobs.Select(j => (Guid?)j.Id);
            query = query.Where(a => ids.Contains(a.JobId));
        }

        if (driver != Driver.Tag && tag is not null)
        {
            query = query.Where(a => db.ArtifactTags.Any(t => t.ArtifactId == a.Id && t.Tag == tag));
        }

        if (driver != Driver.Rating && minRating is { } least)
        {
            query = query.Where(a => db.ArtifactReviews.Where(r => r.ArtifactId == a.Id && r.Rating != null).Average(r => (double?)r.Rating) >= least);
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

        return query;
    }

    /// <summary>Artifact ids whose average rating (ratings left empty do not count) is at least <paramref name="rating"/>.</summary>
    private static IQueryable<Guid> RatedAtLeast(MediaEngineDbContext db, double rating) =>
        db.ArtifactReviews.Where(r => r.Rating != null)
            .GroupBy(r => r.ArtifactId)
            .Where(g => g.Average(r => (double?)r.Rating) >= rating)
            .Select(g => g.Key);

    /// <summary>
    /// The preset versions the preset and version criteria allow, and the production jobs the job and search criteria
    /// allow (each null when not constrained, the jobs narrowed to the versions too); <see cref="Sets.None"/> when a named
    /// preset or version does not exist. Presets are resolved first: they are few.
    /// </summary>
    private static async Task<Sets> SetsAsync(MediaEngineDbContext db, GalleryFilter filter, CancellationToken cancellationToken)
    {
        IQueryable<PresetVersion>? versions = null;
        if (!string.IsNullOrWhiteSpace(filter.Preset))
        {
            var slug = filter.Preset.Trim();
            var presetId = await db.Presets.Where(p => p.Slug == slug).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
            if (presetId is not { } preset)
            {
                return new Sets(null, null, None: true);
            }

            versions = db.PresetVersions.AsNoTracking().Where(v => v.PresetId == preset);
            if (filter.PresetVersion is { } number)
            {
                versions = versions.Where(v => v.Version == number);
                if (!await versions.AnyAsync(cancellationToken))
                {
                    return new Sets(null, null, None: true);
                }
            }
        }

        var jobs = db.Jobs.AsNoTracking().Where(j => !j.IsTest);
        var constrained = false;
        if (filter.JobId is { } jobId)
        {
            jobs = jobs.Where(j => j.Id == jobId);
            constrained = true;
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = $"%{Escape(filter.Search.Trim())}%";
            var presets = await db.Presets.Where(p => EF.Functions.Like(p.Name, pattern, "\\")).Select(p => p.Id).ToListAsync(cancellationToken);
            jobs = jobs.Where(j => EF.Functions.Like(j.Title, pattern, "\\") || presets.Contains(j.PresetId));
            constrained = true;
        }

        if (constrained && versions is not null)
        {
            var allowed = versions.Select(v => v.Id);
            jobs = jobs.Where(j => allowed.Contains(j.PresetVersionId));
        }

        return new Sets(versions, constrained ? jobs : null, None: false);
    }

    internal static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private sealed record Sets(IQueryable<PresetVersion>? Versions, IQueryable<Job>? Jobs, bool None);

    /// <summary>Which set the query starts from.</summary>
    private enum Driver
    {
        None,
        Jobs,
        Versions,
        Tag,
        Rating,
    }
}
