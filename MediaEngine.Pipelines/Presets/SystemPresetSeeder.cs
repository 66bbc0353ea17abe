using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Pipelines.Presets;

/// <summary>
/// Keeps the shipped presets in the preset tables: a missing one is created at version 1, and a shipped graph that
/// differs from the latest stored version becomes a new version, so jobs that pinned an older one keep it.
/// </summary>
public sealed class SystemPresetSeeder(
    IDbContextFactory<MediaEngineDbContext> contexts,
    SystemPresetLibrary library,
    TimeProvider clock,
    ILogger<SystemPresetSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Presets.Include(p => p.Versions).Where(p => p.IsSystem).ToDictionaryAsync(p => p.Slug, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;
        foreach (var slug in library.Ids)
        {
            var graph = library.Get(slug);
            var json = PipelineGraphJson.Serialize(graph);
            if (!existing.TryGetValue(slug, out var preset))
            {
                preset = new Preset { Slug = slug, Name = graph.Name, Description = graph.Description, IsSystem = true, CreatedAt = now };
                db.Presets.Add(preset);
            }
            else if (preset.Versions.MaxBy(v => v.Version) is { } latest && latest.GraphJson == json)
            {
                continue;
            }

            preset.Name = graph.Name;
            preset.Description = graph.Description;
            preset.LatestVersion++;
            preset.UpdatedAt = now;
            preset.Versions.Add(new PresetVersion
            {
                Version = preset.LatestVersion,
                GraphJson = json,
                SchemaVersion = graph.SchemaVersion,
                Note = preset.LatestVersion == 1 ? "Shipped with MediaEngine" : "Updated with MediaEngine",
                CreatedAt = now,
            });
            changed++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (changed > 0)
        {
            // Another process seeded at the same moment; its rows are the same presets.
            logger.LogInformation("System presets were seeded concurrently by another process.");
            return;
        }

        if (changed > 0)
        {
            logger.LogInformation("Seeded {Count} system preset version(s).", changed);
        }
    }
}
