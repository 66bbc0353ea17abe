using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Presets;

/// <summary>Finds the exact preset version a <see cref="PresetReference"/> names.</summary>
public sealed class PresetResolver(IDbContextFactory<MediaEngineDbContext> contexts)
{
    /// <summary>The version, with its preset loaded; null when nothing matches.</summary>
    public async Task<PresetVersion?> ResolveAsync(PresetReference reference, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = db.PresetVersions.AsNoTracking().Include(v => v.Preset);
        if (reference.Id is { } presetId && reference.Version is { } pinned)
        {
            return await versions.FirstOrDefaultAsync(v => v.PresetId == presetId && v.Version == pinned, cancellationToken);
        }

        if (reference.Id is { } id)
        {
            return await versions.FirstOrDefaultAsync(v => v.Id == id, cancellationToken)
                ?? await versions.Where(v => v.PresetId == id && v.Version == v.Preset!.LatestVersion).FirstOrDefaultAsync(cancellationToken);
        }

        var bySlug = versions.Where(v => v.Preset!.Slug == reference.Slug && v.Preset.ArchivedAt == null);
        return reference.Version is { } number
            ? await bySlug.FirstOrDefaultAsync(v => v.Version == number, cancellationToken)
            : await bySlug.FirstOrDefaultAsync(v => v.Version == v.Preset!.LatestVersion, cancellationToken);
    }
}
