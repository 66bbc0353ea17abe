using System.Globalization;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Storage;

/// <summary>
/// Frees the space of old intermediate artifacts. A candidate is an artifact that was never published, is not yet purged,
/// was created more than <see cref="StorageOptions.IntermediateRetentionDays"/> ago and belongs to no queued or running job.
/// Its file is removed only when no kept row shares its SHA-256: no published artifact, no live asset, no newer or active
/// artifact (assets and artifacts share one content-addressed store). Removed content is forgotten by the node-output
/// cache first, then deleted, then its candidate rows get <see cref="Artifact.PurgedAt"/>: the rows stay, so lineage
/// stays whole. A run is audited (<c>storage.cleanup</c>); running it again right after changes nothing.
/// </summary>
public sealed class StorageCleanupService(
    IDbContextFactory<MediaEngineDbContext> contexts,
    ArtifactStore store,
    NodeOutputCache cache,
    IAuditLog audit,
    IOptions<StorageOptions> options,
    TimeProvider clock,
    ILogger<StorageCleanupService> logger)
{
    private const int Chunk = 500;

    public int RetentionDays => options.Value.IntermediateRetentionDays;

    /// <summary>What a cleanup would remove now, without changing anything.</summary>
    public async Task<StorageCleanupPlan> PreviewAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-RetentionDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await Candidates(db, cutoff).Select(a => new { a.Sha256, a.SizeBytes }).ToListAsync(cancellationToken);
        var sizes = candidates.GroupBy(c => c.Sha256, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(c => c.SizeBytes), StringComparer.Ordinal);
        var kept = await KeptAsync(db, sizes.Keys.ToList(), cutoff, cancellationToken);
        var removable = sizes.Keys.Where(sha => !kept.Contains(sha)).Order(StringComparer.Ordinal).ToList();
        return new StorageCleanupPlan(
            RetentionDays,
            cutoff,
            removable.Aggregate(StorageBytes.None, (sum, sha) => sum.Add(sizes[sha])),
            candidates.Count(c => !kept.Contains(c.Sha256)),
            candidates.Count(c => kept.Contains(c.Sha256)))
        {
            Sha256s = removable,
        };
    }

    /// <summary>Removes what <see cref="PreviewAsync"/> finds, checking each content again just before its file goes.</summary>
    public async Task<StorageCleanupResult> RunAsync(AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var plan = await PreviewAsync(cancellationToken);
        var cacheEntries = await cache.InvalidateAsync(plan.Sha256s.ToHashSet(StringComparer.Ordinal), cancellationToken);
        var freed = StorageBytes.None;
        var purged = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in plan.Sha256s.Chunk(Chunk))
        {
            // A job may have recorded the same content since the plan was made: that keeps it.
            var kept = await KeptAsync(db, chunk, plan.Cutoff, cancellationToken);
            var removed = chunk.Where(sha => !kept.Contains(sha)).ToList();
            foreach (var sha in removed)
            {
                var bytes = store.Remove(sha);
                freed = bytes > 0 ? freed.Add(bytes) : freed;
            }

            purged += await Candidates(db, plan.Cutoff).Where(a => removed.Contains(a.Sha256))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.PurgedAt, now), cancellationToken);
        }

        var result = new StorageCleanupResult(RetentionDays, plan.Cutoff, freed, purged, plan.ArtifactsKept, cacheEntries);
        await audit.WriteAsync(new AuditEntry(actor, "storage.cleanup", "storage:intermediates", Describe(result)), cancellationToken);
        logger.LogInformation("Storage cleanup: {Details}", Describe(result));
        return result;
    }

    /// <summary>The audit line's details, e.g. <c>retention=30d; files=3; bytes=1048576; artifacts=5; kept=2; cache=4</c>.</summary>
    public static string Describe(StorageCleanupResult result) => string.Create(CultureInfo.InvariantCulture,
        $"retention={result.RetentionDays}d; before={result.Cutoff:u}; files={result.Freed.Files}; bytes={result.Freed.Bytes}; artifacts={result.ArtifactsPurged}; kept={result.ArtifactsKept}; cache={result.CacheEntriesRemoved}");

    /// <summary>Old, never published, not yet purged artifacts of no queued or running job.</summary>
    private static IQueryable<Artifact> Candidates(MediaEngineDbContext db, DateTime cutoff) =>
        db.Artifacts.Where(a => !a.IsPublished && a.PurgedAt == null && a.CreatedAt < cutoff
            && !db.Jobs.Any(j => j.Id == a.JobId && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running)));

    /// <summary>
    /// The contents among <paramref name="sha256s"/> that something kept shares: a published, newer or active artifact, or
    /// any asset — a deleted asset's file stays too (deleting an asset is soft, and lineage still shows it).
    /// </summary>
    private static async Task<HashSet<string>> KeptAsync(MediaEngineDbContext db, IReadOnlyCollection<string> sha256s, DateTime cutoff, CancellationToken cancellationToken)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in sha256s.Chunk(Chunk))
        {
            kept.UnionWith(await db.Artifacts.AsNoTracking()
                .Where(a => chunk.Contains(a.Sha256) && a.PurgedAt == null)
                .Where(a => a.IsPublished || a.CreatedAt >= cutoff
                    || db.Jobs.Any(j => j.Id == a.JobId && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running)))
                .Select(a => a.Sha256).Distinct().ToListAsync(cancellationToken));
            kept.UnionWith(await db.Assets.AsNoTracking()
                .Where(a => chunk.Contains(a.Sha256))
                .Select(a => a.Sha256).Distinct().ToListAsync(cancellationToken));
        }

        return kept;
    }
}
