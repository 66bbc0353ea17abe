using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Jobs;

/// <summary>
/// Job figures for the dashboard, counted in the database. Workbench test runs (<c>IsTest</c>) are left out of
/// every figure: they never enter the production queue.
/// </summary>
public sealed class JobStatistics(IDbContextFactory<MediaEngineDbContext> contexts)
{
    private static readonly JobStatus[] Finished = [JobStatus.Succeeded, JobStatus.Failed, JobStatus.Cancelled];

    /// <summary>Running and queued jobs per lane, for the lanes that have any; ordered by lane name.</summary>
    public async Task<IReadOnlyList<LaneJobCounts>> LaneCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Jobs.AsNoTracking()
            .Where(j => !j.IsTest && (j.Status == JobStatus.Running || j.Status == JobStatus.Queued))
            .GroupBy(j => new { j.Lane, j.Status })
            .Select(g => new { g.Key.Lane, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Lane, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new LaneJobCounts(
                g.Key,
                g.Where(r => r.Status == JobStatus.Running).Sum(r => r.Count),
                g.Where(r => r.Status == JobStatus.Queued).Sum(r => r.Count)))];
    }

    /// <summary>
    /// One entry per UTC day for the last <paramref name="days"/> days up to and including <paramref name="now"/>'s
    /// day, oldest first, days without finished jobs included as zeros. See <see cref="DailyJobCounts.SuccessRate"/>:
    /// cancelled jobs are not failures.
    /// </summary>
    public async Task<IReadOnlyList<DailyJobCounts>> DailyAsync(int days, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var today = (now.Kind == DateTimeKind.Local ? now.ToUniversalTime() : now).Date;
        var from = DateTime.SpecifyKind(today.AddDays(1 - days), DateTimeKind.Utc);
        var to = DateTime.SpecifyKind(today.AddDays(1), DateTimeKind.Utc);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Jobs.AsNoTracking()
            .Where(j => !j.IsTest && Finished.Contains(j.Status) && j.FinishedAt >= from && j.FinishedAt < to)
            .GroupBy(j => new { Day = j.FinishedAt!.Value.Date, j.Status })
            .Select(g => new { g.Key.Day, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var counts = rows.ToDictionary(r => (DateOnly.FromDateTime(r.Day), r.Status), r => r.Count);
        int Count(DateOnly day, JobStatus status) => counts.GetValueOrDefault((day, status));
        return [.. Enumerable.Range(0, days)
            .Select(i => DateOnly.FromDateTime(from.AddDays(i)))
            .Select(day => new DailyJobCounts(day, Count(day, JobStatus.Succeeded), Count(day, JobStatus.Failed), Count(day, JobStatus.Cancelled)))];
    }

    /// <summary>The last <paramref name="max"/> failed jobs, newest first.</summary>
    public async Task<IReadOnlyList<RecentJobFailure>> RecentFailuresAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
                from j in db.Jobs.AsNoTracking()
                where j.Status == JobStatus.Failed && !j.IsTest && j.FinishedAt != null
                orderby j.FinishedAt descending
                join p in db.Presets on j.PresetId equals p.Id
                select new RecentJobFailure(j.Id, j.Title, p.Slug, j.FinishedAt!.Value, j.Error))
            .Take(max)
            .ToListAsync(cancellationToken);
    }
}
