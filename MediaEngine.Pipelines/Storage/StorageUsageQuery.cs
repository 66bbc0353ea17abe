using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Pipelines.Storage;

/// <summary>
/// Measures the artifact store from the database: each distinct SHA-256 once (assets and artifacts share the store), split
/// into sources, published outputs and intermediates, per media kind and per preset. Artifact content is grouped in the
/// database and streamed in SHA-256 order, so memory does not grow with the number of artifacts.
/// </summary>
public sealed class StorageUsageQuery(IDbContextFactory<MediaEngineDbContext> contexts, ArtifactStore store)
{
    public async Task<StorageUsage> MeasureAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sources = await ContentAsync(db.Assets.AsNoTracking().Where(a => a.DeletedAt == null), cancellationToken);
        var kinds = new Dictionary<MediaKind, StorageSplit>();
        foreach (var (_, (kind, size)) in sources)
        {
            var split = kinds.GetValueOrDefault(kind, StorageSplit.None);
            kinds[kind] = split with { Sources = split.Sources.Add(size) };
        }

        await foreach (var content in ArtifactContentAsync(db, cancellationToken))
        {
            if (sources.ContainsKey(content.Sha256))
            {
                continue;
            }

            var split = kinds.GetValueOrDefault(content.Kind, StorageSplit.None);
            kinds[content.Kind] = content.Published
                ? split with { Published = split.Published.Add(content.SizeBytes) }
                : split with { Intermediates = split.Intermediates.Add(content.SizeBytes) };
        }

        var total = kinds.Values.Aggregate(StorageSplit.None, (sum, s) =>
            new StorageSplit(sum.Sources + s.Sources, sum.Published + s.Published, sum.Intermediates + s.Intermediates));
        return new StorageUsage(
            total,
            [.. kinds.OrderBy(k => k.Key).Select(k => new KindStorage(k.Key, k.Value))],
            await ByPresetAsync(db, sources, cancellationToken),
            await DeletedSourcesAsync(db, sources, cancellationToken),
            await RemovedAsync(db, cancellationToken));
    }

    /// <summary>Distinct content of some assets: SHA-256 → kind and size.</summary>
    private static async Task<Dictionary<string, (MediaKind Kind, long Size)>> ContentAsync(IQueryable<Asset> assets, CancellationToken cancellationToken)
    {
        var rows = await assets.GroupBy(a => new { a.Sha256, a.Kind })
            .Select(g => new { g.Key.Sha256, g.Key.Kind, Size = g.Max(a => a.SizeBytes) })
            .ToListAsync(cancellationToken);
        var content = new Dictionary<string, (MediaKind, long)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            content.TryAdd(row.Sha256, (row.Kind, row.Size));
        }

        return content;
    }

    private sealed record ArtifactContent(string Sha256, MediaKind Kind, long SizeBytes, bool Published);

    /// <summary>Each distinct stored artifact content once, published when any artifact with it is.</summary>
    private static async IAsyncEnumerable<ArtifactContent> ArtifactContentAsync(
        MediaEngineDbContext db, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.Artifacts.AsNoTracking().Where(a => a.PurgedAt == null)
            .GroupBy(a => new { a.Sha256, a.Kind })
            .Select(g => new { g.Key.Sha256, g.Key.Kind, Size = g.Max(a => a.SizeBytes), Published = g.Max(a => a.IsPublished ? 1 : 0) })
            .OrderBy(r => r.Sha256)
            .AsAsyncEnumerable();
        ArtifactContent? current = null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (current is not null && current.Sha256 == row.Sha256)
            {
                current = current with { Published = current.Published || row.Published == 1 }; // one content recorded as two kinds
                continue;
            }

            if (current is not null)
            {
                yield return current;
            }

            current = new ArtifactContent(row.Sha256, row.Kind, row.Size, row.Published == 1);
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    private static async Task<IReadOnlyList<PresetStorage>> ByPresetAsync(
        MediaEngineDbContext db, Dictionary<string, (MediaKind Kind, long Size)> sources, CancellationToken cancellationToken)
    {
        var rows = (from a in db.Artifacts.AsNoTracking()
                    where a.PurgedAt == null
                    join v in db.PresetVersions on a.PresetVersionId equals (Guid?)v.Id
                    group a by new { v.PresetId, a.Sha256 } into g
                    select new { g.Key.PresetId, g.Key.Sha256, Size = g.Max(a => a.SizeBytes), Published = g.Max(a => a.IsPublished ? 1 : 0) })
            .AsAsyncEnumerable();
        var presets = new Dictionary<Guid, (StorageBytes Published, StorageBytes Intermediates)>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (sources.ContainsKey(row.Sha256))
            {
                continue;
            }

            var (published, intermediates) = presets.GetValueOrDefault(row.PresetId, (StorageBytes.None, StorageBytes.None));
            presets[row.PresetId] = row.Published == 1 ? (published.Add(row.Size), intermediates) : (published, intermediates.Add(row.Size));
        }

        var ids = presets.Keys.ToList();
        var names = await db.Presets.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Slug, p.Name }).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. presets
            .Where(p => names.ContainsKey(p.Key))
            .Select(p => new PresetStorage(p.Key, names[p.Key].Slug, names[p.Key].Name, p.Value.Published, p.Value.Intermediates))
            .OrderByDescending(p => p.Total.Bytes).ThenBy(p => p.Name, StringComparer.Ordinal)];
    }

    /// <summary>Files of deleted assets that are still in the store and are no live asset's or artifact's content.</summary>
    private async Task<StorageBytes> DeletedSourcesAsync(
        MediaEngineDbContext db, Dictionary<string, (MediaKind Kind, long Size)> sources, CancellationToken cancellationToken)
    {
        var deleted = await ContentAsync(db.Assets.AsNoTracking().Where(a => a.DeletedAt != null), cancellationToken);
        var candidates = deleted.Keys.Where(sha => !sources.ContainsKey(sha)).ToList();
        var usedByArtifacts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in candidates.Chunk(500))
        {
            usedByArtifacts.UnionWith(await db.Artifacts.AsNoTracking()
                .Where(a => a.PurgedAt == null && chunk.Contains(a.Sha256)).Select(a => a.Sha256).Distinct().ToListAsync(cancellationToken));
        }

        return candidates.Where(sha => !usedByArtifacts.Contains(sha) && store.Find(sha) is not null)
            .Aggregate(StorageBytes.None, (sum, sha) => sum.Add(deleted[sha].Size));
    }

    /// <summary>What storage cleanup has removed so far: distinct content of purged artifacts.</summary>
    private static async Task<StorageBytes> RemovedAsync(MediaEngineDbContext db, CancellationToken cancellationToken)
    {
        var purged = await db.Artifacts.AsNoTracking().Where(a => a.PurgedAt != null)
            .GroupBy(a => a.Sha256).Select(g => g.Max(a => a.SizeBytes)).ToListAsync(cancellationToken);
        return new StorageBytes(purged.Count, purged.Sum());
    }
}
