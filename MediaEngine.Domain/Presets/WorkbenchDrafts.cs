using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Presets;

/// <summary>
/// Graphs run from the workbench before they are saved. Each test run stores its graph as a version of one archived
/// preset, so the test job pins the exact graph it ran like any job, and the preset being edited gets no version it did
/// not ask for. Drafts are never listed, shown, exported or run as production jobs (<see cref="IsDraft"/>); running an
/// identical graph again reuses its draft version, so repeated test runs do not pile up versions.
/// </summary>
public sealed class WorkbenchDrafts(IDbContextFactory<MediaEngineDbContext> contexts, TimeProvider clock)
{
    public const string Slug = "workbench-test-runs";
    private const int Attempts = 3;

    /// <summary>Whether <paramref name="slug"/> is the drafts' preset, which no page, export or production job may show or use.</summary>
    public static bool IsDraft(string? slug) => slug == Slug;

    /// <summary>
    /// The draft version holding exactly <paramref name="graph"/>: an existing one when the same graph was run before,
    /// else a new one; <paramref name="of"/> names the preset edited, if any.
    /// </summary>
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
        var json = PipelineGraphJson.Serialize(graph);
        var preset = await db.Presets.FirstOrDefaultAsync(p => p.Slug == Slug, cancellationToken);
        if (preset is not null
            && await db.PresetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.PresetId == preset.Id && v.GraphJson == json, cancellationToken) is { } same)
        {
            return same;
        }

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
            GraphJson = json,
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
