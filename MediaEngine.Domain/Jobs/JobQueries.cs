using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Querying;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Jobs;

/// <summary>Reads jobs for the lists, the detail page and the API: filtered and paged in the database, newest first.</summary>
public sealed class JobQueries(IDbContextFactory<MediaEngineDbContext> contexts)
{
    public async Task<PagedResult<JobListItem>> ListAsync(JobFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filter(db, filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await Project(db, query.OrderByDescending(j => j.CreatedAt).Skip(page.Skip).Take(page.PageSize)).ToListAsync(cancellationToken);
        var positions = await QueuePositionsAsync(db, items.Where(i => i.Status == JobStatus.Queued).ToList(), cancellationToken);
        return new PagedResult<JobListItem>(
            [.. items.Select(i => positions.TryGetValue(i.Id, out var p) ? i with { QueuePosition = p } : i)], total, page.Page, page.PageSize);
    }

    public async Task<JobListItem?> FindAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await Project(db, db.Jobs.Where(j => j.Id == jobId)).FirstOrDefaultAsync(cancellationToken);
        if (item?.Status == JobStatus.Queued)
        {
            var positions = await QueuePositionsAsync(db, [item], cancellationToken);
            item = item with { QueuePosition = positions.GetValueOrDefault(item.Id) };
        }

        return item;
    }

    /// <summary>The stored job row itself (inputs, overrides, attempt links).</summary>
    public async Task<Job?> JobRowAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
    }

    public async Task<IReadOnlyList<JobNodeRun>> NodeRunsAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JobNodeRuns.AsNoTracking().Where(r => r.JobId == jobId).ToListAsync(cancellationToken);
    }

    /// <summary>The job's last <paramref name="max"/> events, oldest first.</summary>
    public async Task<IReadOnlyList<JobEvent>> RecentEventsAsync(Guid jobId, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.JobEvents.AsNoTracking().Where(e => e.JobId == jobId && e.Kind != JobEventKind.NodeProgress)
            .OrderByDescending(e => e.Id).Take(max).ToListAsync(cancellationToken);
        rows.Reverse();
        return rows;
    }

    public async Task<IReadOnlyList<Artifact>> ArtifactsAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Artifacts.AsNoTracking().Where(a => a.JobId == jobId).OrderBy(a => a.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>The median run time of the preset's last 20 successful jobs, for an ETA; null without history.</summary>
    public async Task<TimeSpan?> TypicalDurationAsync(Guid presetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.Jobs.AsNoTracking()
            .Where(j => j.PresetId == presetId && j.Status == JobStatus.Succeeded && j.StartedAt != null && j.FinishedAt != null)
            .OrderByDescending(j => j.CreatedAt).Take(20)
            .Select(j => new { j.StartedAt, j.FinishedAt })
            .ToListAsync(cancellationToken);
        var durations = runs.Select(r => r.FinishedAt!.Value - r.StartedAt!.Value).Order().ToList();
        return durations.Count == 0 ? null : durations[durations.Count / 2];
    }

    private static IQueryable<Job> Filter(MediaEngineDbContext db, JobFilter filter)
    {
        var query = db.Jobs.AsNoTracking();
        if (!filter.IncludeTests)
        {
            query = query.Where(j => !j.IsTest);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(j => j.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Preset))
        {
            var slug = filter.Preset.Trim();
            query = Guid.TryParse(slug, out var presetId)
                ? query.Where(j => j.PresetId == presetId)
                : query.Where(j => db.Presets.Any(p => p.Id == j.PresetId && p.Slug == slug));
        }

        if (filter.SubmittedById is { } submitter)
        {
            query = query.Where(j => j.SubmittedById == submitter);
        }

        if (filter.From is { } from)
        {
            query = query.Where(j => j.CreatedAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(j => j.CreatedAt < to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Lane))
        {
            query = query.Where(j => j.Lane == filter.Lane);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            query = Guid.TryParse(text, out var id) ? query.Where(j => j.Id == id) : query.Where(j => j.Title.Contains(text));
        }

        return query;
    }

    private static IQueryable<JobListItem> Project(MediaEngineDbContext db, IQueryable<Job> jobs) =>
        from j in jobs
        join v in db.PresetVersions on j.PresetVersionId equals v.Id
        join p in db.Presets on v.PresetId equals p.Id
        join u in db.Users on j.SubmittedById equals u.Id into users
        from u in users.DefaultIfEmpty()
        select new JobListItem(
            j.Id, j.Title, p.Slug, p.Name, v.Version, j.Status, j.Priority, j.Lane, j.Attempt, j.Progress,
            j.CreatedAt, j.StartedAt, j.FinishedAt, u == null ? null : u.Name, j.Error, j.IsTest);

    /// <summary>
    /// Place in its lane's queue: 1 + the queued jobs of the lane that start first (higher priority, then older).
    /// One query reads the waiting jobs of the lanes involved (the queue, not the history).
    /// </summary>
    private static async Task<Dictionary<Guid, int>> QueuePositionsAsync(MediaEngineDbContext db, List<JobListItem> queued, CancellationToken cancellationToken)
    {
        if (queued.Count == 0)
        {
            return [];
        }

        var lanes = queued.Select(j => j.Lane).Distinct().ToList();
        var waiting = await db.Jobs.AsNoTracking()
            .Where(j => j.Status == JobStatus.Queued && lanes.Contains(j.Lane))
            .Select(j => new { j.Id, j.Lane, j.Priority, j.CreatedAt })
            .ToListAsync(cancellationToken);
        var positions = new Dictionary<Guid, int>();
        foreach (var lane in waiting.GroupBy(j => j.Lane))
        {
            var order = lane.OrderByDescending(j => j.Priority).ThenBy(j => j.CreatedAt).Select(j => j.Id).ToList();
            for (var i = 0; i < order.Count; i++)
            {
                positions[order[i]] = i + 1;
            }
        }

        return queued.Where(j => positions.ContainsKey(j.Id)).ToDictionary(j => j.Id, j => positions[j.Id]);
    }
}
