using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Components.Shared;

/// <summary>The library search behind the asset pickers: live assets of the given kinds whose name contains the text, newest first.</summary>
public static class AssetSearch
{
    /// <summary>How many matches a picker offers.</summary>
    public const int Results = 20;

    public static async Task<List<Asset>> FindAsync(
        IDbContextFactory<MediaEngineDbContext> contexts, IReadOnlyCollection<MediaKind> kinds, string? text, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assets = db.Assets.AsNoTracking().Where(a => a.DeletedAt == null && kinds.Contains(a.Kind));
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim();
            assets = assets.Where(a => a.Name.Contains(term));
        }

        return await assets.OrderByDescending(a => a.CreatedAt).Take(Results).ToListAsync(cancellationToken);
    }
}
