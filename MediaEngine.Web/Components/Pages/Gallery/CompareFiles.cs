using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>Finds the stored file of a comparison side, the way <c>/files/artifacts</c> and <c>/files/assets</c> do.</summary>
public static class CompareFiles
{
    /// <summary>The file on disk; throws with a message for the user when it is gone.</summary>
    /// <exception cref="FileNotFoundException">The artifact or asset, or its stored file, no longer exists.</exception>
    public static async Task<string> PathOfAsync(
        CompareSide side,
        IDbContextFactory<MediaEngineDbContext> contexts,
        ArtifactStore store,
        AssetFiles assetFiles,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(side);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (side.Source == LineageSource.Asset)
        {
            var asset = await db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == side.Id && a.DeletedAt == null, cancellationToken)
                ?? throw new FileNotFoundException($"The source asset '{side.Label}' was deleted, so it cannot be compared.");
            var path = assetFiles.PathOf(asset);
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"The file of source asset '{side.Label}' is no longer stored; upload it again to compare.");
        }

        var sha256 = await db.Artifacts.AsNoTracking().Where(a => a.Id == side.Id).Select(a => a.Sha256).FirstOrDefaultAsync(cancellationToken)
            ?? throw new FileNotFoundException($"The output '{side.Label}' no longer exists; its job may have been deleted.");
        return store.Find(sha256)
            ?? throw new FileNotFoundException($"The file of output '{side.Label}' is no longer stored; run its job again to compare.");
    }
}
