using System.Globalization;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Demo;

/// <summary>
/// On first start, makes the "Demo media" set (<see cref="DemoMediaGenerator"/>) and takes it in through
/// <see cref="AssetIngestService"/> with source <see cref="Source"/> and tag <see cref="Tag"/>, so the library and the
/// pipelines have something to work on. Runs once: a marker file under the data folder remembers it, so deleting the demo
/// assets does not bring them back; while demo assets exist it does nothing either.
/// </summary>
public sealed class DemoMediaSeeder(
    IDbContextFactory<MediaEngineDbContext> contexts,
    AssetIngestService ingest,
    DemoMediaGenerator generator,
    IAuditLog audit,
    IOptions<MediaEngineOptions> options,
    IOptions<DemoMediaOptions> demo,
    TimeProvider clock,
    ILogger<DemoMediaSeeder> logger)
{
    /// <summary>The <see cref="Asset.Source"/> of demo media.</summary>
    public const string Source = "demo";

    /// <summary>The tag every demo asset carries.</summary>
    public const string Tag = "demo";

    /// <summary>The file under the data folder that records that the demo media was generated.</summary>
    public const string MarkerFileName = "demo-media.generated";

    /// <summary>The marker's full path.</summary>
    public string MarkerPath => Path.Combine(options.Value.FullDataPath, MarkerFileName);

    /// <summary>Generates and takes in the demo media unless it was done before, is switched off, or demo assets exist.</summary>
    /// <returns>The demo assets taken in by this call; empty when nothing was done.</returns>
    public async Task<IReadOnlyList<Asset>> SeedAsync(CancellationToken cancellationToken)
    {
        if (!demo.Value.Enabled || File.Exists(MarkerPath))
        {
            return [];
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Assets.AnyAsync(a => a.Source == Source, cancellationToken))
            {
                WriteMarker("demo assets were already present");
                return [];
            }
        }

        var folder = Path.Combine(options.Value.FullDataPath, "tmp", $"demo-{Guid.NewGuid():N}");
        try
        {
            var assets = await IngestAsync(await generator.GenerateAsync(folder, cancellationToken), cancellationToken);
            WriteMarker(string.Join(", ", assets.Select(a => a.Name)));
            await audit.WriteAsync(
                new AuditEntry(AuditActor.System, "asset.demo-generated", null, $"assets={string.Join(", ", assets.Select(a => a.Name))}"),
                cancellationToken);
            logger.LogInformation("Demo media: generated {Count} assets ({Names}); find them under Assets with the tag 'demo'.",
                assets.Count, string.Join(", ", assets.Select(a => a.Name)));
            return assets;
        }
        catch (Exception ex) when (ex is MediaToolException or AssetRejectedException or InvalidOperationException or IOException or ImageMagick.MagickException)
        {
            // Demo media is a convenience: the app starts and works without it.
            logger.LogWarning(ex, "Demo media could not be generated: {Reason} MediaEngine works without it.", ex.Message);
            return [];
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private async Task<List<Asset>> IngestAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        List<Asset> assets = [];
        foreach (var file in files)
        {
            var (asset, _) = await ingest.IngestAsync(file, Path.GetFileName(file), Source, null, cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await db.AssetTags.AnyAsync(t => t.AssetId == asset.Id && t.Tag == Tag, cancellationToken))
            {
                db.AssetTags.Add(new AssetTag { AssetId = asset.Id, Tag = Tag });
                await db.SaveChangesAsync(cancellationToken);
            }

            assets.Add(asset);
        }

        return assets;
    }

    private void WriteMarker(string what)
    {
        Directory.CreateDirectory(options.Value.FullDataPath);
        File.WriteAllText(
            MarkerPath,
            $"Demo media generated {clock.GetUtcNow().UtcDateTime.ToString("u", CultureInfo.InvariantCulture)}: {what}.{Environment.NewLine}" +
            $"Delete this file (and the demo assets) to have MediaEngine generate it again at the next start.{Environment.NewLine}");
    }
}
