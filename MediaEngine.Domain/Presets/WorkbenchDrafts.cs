using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Presets;

/// <summary>
/// Graphs run from the workbench before they are saved. Each test run stores its graph as a new version of one
/// archived preset (never listed, never offered to run), so the test job pins the exact graph it ran like any job,
/// and the preset being edited gets no version it did not ask for.
/// </summary>
public sealed class WorkbenchDrafts(IDbContextFactory<MediaEngineDbContext> contexts, TimeProvider clock)
{
    public const string Slug = "workbench-test-runs";
    private const int Attempts = 3;

    /// <summary>Stores <paramref name="graph"/> as the next draft version; <paramref name="of"/> names the preset edited, if any.</summary>
    public async Task<PresetVersion> AddAsync(PipelineGraph graph, string? of, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryAddAsync(graph, of, actor, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // another test run took the same version number at the same moment: take the next one
            }
        }
    }

    private async Task<PresetVersion> TryAddAsync(PipelineGraph graph, string? of, AuditActor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var preset = await db.Presets.FirstOrDefaultAsync(p => p.Slug == Slug, cancellationToken);
        if (preset is null)
        {
            preset = new Preset
            {
                Slug = Slug,
                Name = "Workbench test runs",
                Description = "Graphs run from the workbench before they were saved; each test job pins the one it ran.",
                ArchivedAt = now,
                CreatedAt = now,
            };
            db.Presets.Add(preset);
        }

        var version = new PresetVersion
        {
            PresetId = preset.Id,
            Version = preset.LatestVersion + 1,
            GraphJson = PipelineGraphJson.Serialize(graph),
            SchemaVersion = graph.SchemaVersion,
            Note = of is null ? "Test run of a new graph" : $"Test run of {of}",
            CreatedById = actor.Id,
            CreatedAt = now,
        };
        preset.LatestVersion = version.Version;
        preset.UpdatedAt = now;
        db.PresetVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }
}
