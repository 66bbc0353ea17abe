using System.Globalization;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// Named groups of assets ("Demo media", a campaign's sources): created, renamed and deleted (the assets stay), assets
/// added and removed, one at a time or many at once. Names are unique ignoring case. Every change is audited; who may
/// change them is the caller's check (Operator and up).
/// </summary>
public sealed class AssetCollections(IDbContextFactory<MediaEngineDbContext> contexts, IAuditLog audit, TimeProvider clock)
{
    /// <summary>The longest name kept (the column's length).</summary>
    public const int MaxNameLength = 200;

    /// <summary>Every collection by name, with its number of live assets.</summary>
    public async Task<IReadOnlyList<CollectionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Collections.AsNoTracking()
            .Select(c => new CollectionSummary(c.Id, c.Name, c.Description,
                db.CollectionAssets.Count(m => m.CollectionId == c.Id && db.Assets.Any(a => a.Id == m.AssetId && a.DeletedAt == null))))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The collection with this id or (ignoring case) this name; null when none.</summary>
    public async Task<CollectionSummary?> FindAsync(string idOrName, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(cancellationToken);
        return Guid.TryParse(idOrName, out var id)
            ? all.FirstOrDefault(c => c.Id == id)
            : all.FirstOrDefault(c => string.Equals(c.Name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The collections each of <paramref name="assetIds"/> is in, by name.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<CollectionSummary>>> OfAssetsAsync(IReadOnlyCollection<Guid> assetIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from m in db.CollectionAssets.AsNoTracking()
                where assetIds.Contains(m.AssetId)
                join c in db.Collections on m.CollectionId equals c.Id
                select new { m.AssetId, c.Id, c.Name, c.Description })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.AssetId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<CollectionSummary>)[.. g.Select(r => new CollectionSummary(r.Id, r.Name, r.Description, 0)).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)]);
    }

    /// <exception cref="ArgumentException">The name is empty, too long, or another collection has it.</exception>
    public async Task<CollectionSummary> CreateAsync(string name, string? description, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var clean = CleanName(name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RefuseTakenAsync(db, clean, except: null, cancellationToken);
        var collection = new Collection
        {
            Name = clean,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            CreatedById = actor.Id is { } id && await db.Users.AnyAsync(u => u.Id == id, cancellationToken) ? id : null,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Collections.Add(collection);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "collection.created", $"collection:{collection.Id}", $"name={clean}"), cancellationToken);
        return new CollectionSummary(collection.Id, collection.Name, collection.Description, 0);
    }

    /// <summary>The collection called <paramref name="name"/>, created when there is none (for generated sets such as demo media).</summary>
    public async Task<CollectionSummary> EnsureAsync(string name, string? description, AuditActor actor, CancellationToken cancellationToken = default) =>
        await FindAsync(name, cancellationToken) ?? await CreateAsync(name, description, actor, cancellationToken);

    /// <exception cref="ArgumentException">The name is empty, too long, or another collection has it.</exception>
    /// <exception cref="KeyNotFoundException">There is no such collection.</exception>
    public async Task RenameAsync(Guid collectionId, string name, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var clean = CleanName(name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var collection = await RequireAsync(db, collectionId, cancellationToken);
        if (collection.Name == clean)
        {
            return;
        }

        await RefuseTakenAsync(db, clean, collectionId, cancellationToken);
        var old = collection.Name;
        collection.Name = clean;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "collection.renamed", $"collection:{collectionId}", $"from={old}; to={clean}"), cancellationToken);
    }

    /// <summary>Deletes the collection; its assets stay in the library.</summary>
    /// <exception cref="KeyNotFoundException">There is no such collection.</exception>
    public async Task DeleteAsync(Guid collectionId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var collection = await RequireAsync(db, collectionId, cancellationToken);
        db.Collections.Remove(collection);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "collection.deleted", $"collection:{collectionId}", $"name={collection.Name}"), cancellationToken);
    }

    /// <summary>Adds the live assets among <paramref name="assetIds"/> that are not in it yet.</summary>
    /// <returns>How many were added.</returns>
    /// <exception cref="KeyNotFoundException">There is no such collection.</exception>
    public async Task<int> AddAssetsAsync(Guid collectionId, IReadOnlyCollection<Guid> assetIds, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var collection = await RequireAsync(db, collectionId, cancellationToken);
        var present = await db.CollectionAssets.Where(m => m.CollectionId == collectionId && assetIds.Contains(m.AssetId)).Select(m => m.AssetId).ToListAsync(cancellationToken);
        var adding = await db.Assets.Where(a => assetIds.Contains(a.Id) && a.DeletedAt == null && !present.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.CollectionAssets.AddRange(adding.Select(id => new CollectionAsset { CollectionId = collectionId, AssetId = id, AddedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        if (adding.Count > 0)
        {
            await audit.WriteAsync(new AuditEntry(actor, "collection.assets-added", $"collection:{collectionId}", Members(collection.Name, adding)), cancellationToken);
        }

        return adding.Count;
    }

    /// <summary>Takes the assets out of the collection (they stay in the library).</summary>
    /// <returns>How many were removed.</returns>
    /// <exception cref="KeyNotFoundException">There is no such collection.</exception>
    public async Task<int> RemoveAssetsAsync(Guid collectionId, IReadOnlyCollection<Guid> assetIds, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var collection = await RequireAsync(db, collectionId, cancellationToken);
        var removing = await db.CollectionAssets.Where(m => m.CollectionId == collectionId && assetIds.Contains(m.AssetId)).Select(m => m.AssetId).ToListAsync(cancellationToken);
        await db.CollectionAssets.Where(m => m.CollectionId == collectionId && removing.Contains(m.AssetId)).ExecuteDeleteAsync(cancellationToken);
        if (removing.Count > 0)
        {
            await audit.WriteAsync(new AuditEntry(actor, "collection.assets-removed", $"collection:{collectionId}", Members(collection.Name, removing)), cancellationToken);
        }

        return removing.Count;
    }

    private static string Members(string name, IReadOnlyCollection<Guid> ids) =>
        string.Create(CultureInfo.InvariantCulture, $"name={name}; count={ids.Count}; assets={string.Join(',', ids.Take(50))}{(ids.Count > 50 ? ",…" : string.Empty)}");

    private static string CleanName(string name)
    {
        var clean = string.Join(' ', (name ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length == 0)
        {
            throw new ArgumentException("A collection needs a name, such as 'Spring campaign'.", nameof(name));
        }

        return clean.Length <= MaxNameLength
            ? clean
            : throw new ArgumentException($"The name is {clean.Length} characters long; a collection name has at most {MaxNameLength}.", nameof(name));
    }

    private static async Task RefuseTakenAsync(MediaEngineDbContext db, string name, Guid? except, CancellationToken cancellationToken)
    {
        var names = await db.Collections.Where(c => c.Id != except).Select(c => c.Name).ToListAsync(cancellationToken);
        if (names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"There is already a collection called '{name}': choose another name.", nameof(name));
        }
    }

    private static async Task<Collection> RequireAsync(MediaEngineDbContext db, Guid collectionId, CancellationToken cancellationToken) =>
        await db.Collections.FirstOrDefaultAsync(c => c.Id == collectionId, cancellationToken)
        ?? throw new KeyNotFoundException($"There is no collection {collectionId}; it may have been deleted.");
}
