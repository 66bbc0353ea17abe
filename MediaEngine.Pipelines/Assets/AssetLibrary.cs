using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Querying;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// The assets library: lists live assets (filtered and paged in the database, newest first), tags them and soft-deletes
/// them. Deleting is refused while a queued or running job has the asset among its inputs, and while the latest version
/// of a live preset refers to it (a brand kit logo: a parameter default or a library-image setting). Changes are audited.
/// </summary>
public sealed class AssetLibrary(IDbContextFactory<MediaEngineDbContext> contexts, IAuditLog audit, TimeProvider clock)
{
    private const char LikeEscape = '\\';

    /// <summary>One page of the live assets matching <paramref name="filter"/>, newest first, with their tags.</summary>
    public async Task<PagedResult<Asset>> ListAsync(AssetFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filter(db, db.Assets.AsNoTracking().Where(a => a.DeletedAt == null), filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Include(a => a.Tags)
            .ToListAsync(cancellationToken);
        foreach (var asset in items)
        {
            asset.Tags.Sort((x, y) => string.CompareOrdinal(x.Tag, y.Tag));
        }

        return new PagedResult<Asset>(items, total, page.Page, page.PageSize);
    }

    /// <summary>The live asset with its tags; null when there is none or it was deleted.</summary>
    public async Task<Asset?> FindAsync(Guid assetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var asset = await db.Assets.AsNoTracking().Include(a => a.Tags)
            .FirstOrDefaultAsync(a => a.Id == assetId && a.DeletedAt == null, cancellationToken);
        asset?.Tags.Sort((x, y) => string.CompareOrdinal(x.Tag, y.Tag));
        return asset;
    }

    /// <summary>
    /// Every upload of the asset's content, oldest first, read from the audit trail (<c>asset.uploaded</c>): the first one
    /// made it, later ones by the same or other people were recognised as duplicates and linked to it.
    /// </summary>
    public async Task<IReadOnlyList<AssetUpload>> UploadsAsync(Guid assetId, CancellationToken cancellationToken = default)
    {
        var target = $"asset:{assetId}";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == "asset.uploaded" && e.Target == target)
            .OrderBy(e => e.At).ThenBy(e => e.Id).Take(200)
            .Select(e => new { e.Actor, e.At, e.Details })
            .ToListAsync(cancellationToken);
        return [.. events.Select(e => new AssetUpload(e.Actor, e.At, DetailOf(e.Details, "sent") ?? DetailOf(e.Details, "name"), DetailOf(e.Details, "duplicate") == "True"))];
    }

    /// <summary>The value of <c>key=value</c> in an audit line's <c>; </c>-separated details.</summary>
    private static string? DetailOf(string? details, string key) =>
        details?.Split("; ").Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == key)?[1];

    /// <summary>Every tag on a live asset, alphabetically, for the tag filter.</summary>
    public async Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AssetTags.AsNoTracking()
            .Where(t => db.Assets.Any(a => a.Id == t.AssetId && a.DeletedAt == null))
            .Select(t => t.Tag).Distinct().OrderBy(t => t)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds <paramref name="tag"/> (normalised) to the asset; adding a tag it already has changes nothing.</summary>
    /// <returns>The asset's tags afterwards, alphabetically.</returns>
    /// <exception cref="ArgumentException">The tag is not acceptable (<see cref="AssetTagName.Normalize"/>).</exception>
    /// <exception cref="KeyNotFoundException">There is no such live asset.</exception>
    public async Task<IReadOnlyList<string>> AddTagAsync(Guid assetId, string tag, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var name = AssetTagName.Normalize(tag);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var asset = await LiveAsync(db, assetId, cancellationToken);
        if (asset.Tags.All(t => t.Tag != name))
        {
            asset.Tags.Add(new AssetTag { AssetId = asset.Id, Tag = name });
            await db.SaveChangesAsync(cancellationToken);
            await audit.WriteAsync(new AuditEntry(actor, "asset.tagged", $"asset:{asset.Id}", $"tag={name}"), cancellationToken);
        }

        return Sorted(asset);
    }

    /// <summary>Removes <paramref name="tag"/> from the asset; removing a tag it does not have changes nothing.</summary>
    /// <returns>The asset's tags afterwards, alphabetically.</returns>
    /// <exception cref="KeyNotFoundException">There is no such live asset.</exception>
    public async Task<IReadOnlyList<string>> RemoveTagAsync(Guid assetId, string tag, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var name = AssetTagName.Normalize(tag);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var asset = await LiveAsync(db, assetId, cancellationToken);
        if (asset.Tags.FirstOrDefault(t => t.Tag == name) is { } existing)
        {
            asset.Tags.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
            await audit.WriteAsync(new AuditEntry(actor, "asset.untagged", $"asset:{asset.Id}", $"tag={name}"), cancellationToken);
        }

        return Sorted(asset);
    }

    /// <summary>
    /// Soft-deletes the asset: it leaves the library and cannot be chosen as an input; its file stays for the artifacts
    /// and jobs that refer to it.
    /// </summary>
    /// <exception cref="AssetInUseException">A queued or running job uses the asset (as an input, a parameter or setting value, or in its pinned graph), or a preset's latest version refers to it.</exception>
    /// <exception cref="KeyNotFoundException">There is no such live asset.</exception>
    public async Task DeleteAsync(Guid assetId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var asset = await LiveAsync(db, assetId, cancellationToken);
        var presets = await PresetReferences.UsingAsync(db, assetId, cancellationToken);
        if (presets.Count > 0)
        {
            var named = string.Join(", ", presets.Take(5).Select(p => $"\"{p}\""));
            var more = presets.Count > 5 ? $" and {presets.Count - 5} more" : string.Empty;
            await audit.WriteAsync(new AuditEntry(actor, "asset.delete-refused", $"asset:{asset.Id}", $"presets={string.Join(',', presets)}"), cancellationToken);
            throw new AssetInUseException(asset.Id, [],
                $"'{asset.Name}' is not deleted: the latest version of preset {named}{more} uses it (for example as its logo). " +
                "Choose another image there and save a new version, then delete it.");
        }

        var users = await JobReferences.ActiveUsingAsync(db, assetId, cancellationToken);
        if (users.Count > 0)
        {
            var named = string.Join("; ", users.Take(5).Select(j => $"{j.Title} ({j.Status})"));
            var more = users.Count > 5 ? $" and {users.Count - 5} more" : string.Empty;
            var message =
                $"'{asset.Name}' is not deleted: {users.Count} queued or running job{(users.Count == 1 ? " uses" : "s use")} it ({named}{more}). " +
                "Wait until they finish or cancel them on the Jobs page, then delete it.";
            await audit.WriteAsync(new AuditEntry(actor, "asset.delete-refused", $"asset:{asset.Id}", $"jobs={string.Join(',', users.Select(j => j.Id))}"), cancellationToken);
            throw new AssetInUseException(asset.Id, [.. users.Select(j => j.Id)], message);
        }

        asset.DeletedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(
            new AuditEntry(actor, "asset.deleted", $"asset:{asset.Id}", $"name={asset.Name}; sha256={asset.Sha256}"), cancellationToken);
    }

    private static async Task<Asset> LiveAsync(MediaEngineDbContext db, Guid assetId, CancellationToken cancellationToken) =>
        await db.Assets.Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == assetId && a.DeletedAt == null, cancellationToken)
        ?? throw new KeyNotFoundException($"There is no asset {assetId}, or it was deleted.");

    private static List<string> Sorted(Asset asset) => [.. asset.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)];

    private static IQueryable<Asset> Filter(MediaEngineDbContext db, IQueryable<Asset> query, AssetFilter filter)
    {
        if (filter.CollectionId is { } collection)
        {
            query = query.Where(a => db.CollectionAssets.Any(m => m.CollectionId == collection && m.AssetId == a.Id));
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

        if (filter.UploadedById is { } uploader)
        {
            query = query.Where(a => a.UploadedById == uploader);
        }

        if (!string.IsNullOrWhiteSpace(filter.Source))
        {
            var source = filter.Source.Trim();
            query = query.Where(a => a.Source == source);
        }

        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var tag = filter.Tag.Trim().ToLowerInvariant();
            try
            {
                tag = AssetTagName.Normalize(filter.Tag);
            }
            catch (ArgumentException)
            {
                // not a tag anything can carry: nothing matches
            }

            query = query.Where(a => a.Tags.Any(t => t.Tag == tag));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = $"%{EscapeLike(filter.Search.Trim())}%";
            var tagPattern = $"%{EscapeLike(filter.Search.Trim().ToLowerInvariant())}%";
            query = query.Where(a => EF.Functions.Like(a.Name, pattern, LikeEscape.ToString())
                || a.Tags.Any(t => EF.Functions.Like(t.Tag, tagPattern, LikeEscape.ToString())));
        }

        return query;
    }

    private static string EscapeLike(string text) => text
        .Replace(LikeEscape.ToString(), $"{LikeEscape}{LikeEscape}", StringComparison.Ordinal)
        .Replace("%", $"{LikeEscape}%", StringComparison.Ordinal)
        .Replace("_", $"{LikeEscape}_", StringComparison.Ordinal)
        .Replace("[", $"{LikeEscape}[", StringComparison.Ordinal);
}
