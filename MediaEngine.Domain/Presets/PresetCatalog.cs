using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Presets;

/// <summary>
/// Changes presets. Versions are immutable: saving, restoring and importing each add version
/// <c>LatestVersion + 1</c>, so every job keeps the exact graph it pinned; saving a graph identical to the latest
/// version adds nothing (<see cref="PresetUnchangedException"/>). A saved graph must pass <see cref="GraphValidator"/>
/// (warnings allowed); a refusal is a <see cref="PresetException"/> listing every problem. System presets are read-only
/// (clone them). Each change is audited: <c>preset.created</c>, <c>preset.version-saved</c>, <c>preset.restored</c>,
/// <c>preset.cloned</c>, <c>preset.imported</c>.
/// </summary>
/// <remarks>
/// Import: a file whose slug (the <c>"slug"</c> field, else one made from its <c>name</c>) is free creates a user
/// preset at version 1; one naming an existing user preset adds a version to it and takes the file's name and
/// description; one naming a system or archived preset is refused (change the slug in the file, or clone instead).
/// </remarks>
public sealed class PresetCatalog(IDbContextFactory<MediaEngineDbContext> contexts, INodeTypeResolver nodeTypes, IAuditLog audit, TimeProvider clock)
{
    public const int MaxNameLength = 200;
    public const int MaxNoteLength = 1000;

    public async Task<PresetVersion> SaveVersionAsync(string slug, string graphJson, string? note, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphJson);
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var preset = await WritablePresetAsync(db, slug, "saved", cancellationToken);
        var graph = ParseAndValidate(graphJson, "The version was not saved");
        if (await LatestGraphJsonAsync(db, preset, cancellationToken) == PipelineGraphJson.Serialize(graph))
        {
            throw new PresetUnchangedException(preset.Slug, preset.LatestVersion);
        }

        var version = await AddVersionAsync(db, preset, graph, Note(note), actor, cancellationToken);
        version.Preset = preset;
        await AuditAsync(actor, "preset.version-saved", preset, $"version {version.Version}{(version.Note is { } n ? $": {n}" : string.Empty)}", cancellationToken);
        return version;
    }

    /// <summary>
    /// A new user preset whose version 1 is <paramref name="graphJson"/> (renamed to <paramref name="name"/>) with the
    /// note; a slug that is taken (by any preset, archived or system ones included) is refused, never appended to.
    /// </summary>
    public async Task<PresetVersion> CreateAsync(string name, string slug, string graphJson, string? note, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphJson);
        ArgumentNullException.ThrowIfNull(actor);
        name = name?.Trim() ?? string.Empty;
        slug = slug?.Trim() ?? string.Empty;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var problems = NameProblems(name);
        problems.AddRange(await SlugProblemsAsync(db, slug, cancellationToken));
        if (problems.Count > 0)
        {
            throw new PresetException("The preset was not created.", problems);
        }

        var graph = ParseAndValidate(graphJson, "The preset was not created");
        var now = clock.GetUtcNow().UtcDateTime;
        var preset = new Preset { Slug = slug, Name = name, Description = graph.Description, CreatedById = actor.Id, CreatedAt = now, UpdatedAt = now };
        db.Presets.Add(preset);
        var version = await AddVersionAsync(db, preset, graph.Renamed(name, graph.Description), Note(note), actor, cancellationToken);
        await AuditAsync(actor, "preset.created", preset, $"version 1{(version.Note is { } n ? $": {n}" : string.Empty)}", cancellationToken);
        version.Preset = preset;
        return version;
    }

    /// <summary>Saves the graph of an old version again, as the new latest version.</summary>
    public async Task<PresetVersion> RestoreAsync(string slug, int version, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var preset = await WritablePresetAsync(db, slug, "restored", cancellationToken);
        if (version == preset.LatestVersion)
        {
            throw new PresetException($"Version {version} of \"{slug}\" is already the latest version; there is nothing to restore.");
        }

        var old = await db.PresetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.PresetId == preset.Id && v.Version == version, cancellationToken)
            ?? throw new PresetException($"\"{slug}\" has no version {version}; its versions are 1 to {preset.LatestVersion}.");
        var graph = ParseAndValidate(old.GraphJson, $"Version {version} cannot be restored");
        var saved = await AddVersionAsync(db, preset, graph, $"Restored from version {version}", actor, cancellationToken);
        await AuditAsync(actor, "preset.restored", preset, $"version {version} restored as version {saved.Version}", cancellationToken);
        return saved;
    }

    /// <summary>A new user preset whose version 1 is the latest graph of <paramref name="sourceSlug"/> (system presets included).</summary>
    public async Task<Preset> CloneAsync(string sourceSlug, string name, string slug, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        name = name?.Trim() ?? string.Empty;
        slug = slug?.Trim() ?? string.Empty;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await db.Presets.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == sourceSlug && p.ArchivedAt == null && p.Slug != WorkbenchDrafts.Slug, cancellationToken)
            ?? throw new PresetException($"There is no preset \"{sourceSlug}\" to clone.");
        var problems = NameProblems(name);
        problems.AddRange(await SlugProblemsAsync(db, slug, cancellationToken));
        if (problems.Count > 0)
        {
            throw new PresetException($"\"{sourceSlug}\" was not cloned.", problems);
        }

        var latest = await db.PresetVersions.AsNoTracking().FirstAsync(v => v.PresetId == source.Id && v.Version == source.LatestVersion, cancellationToken);
        var graph = PipelineGraphJson.Deserialize(latest.GraphJson);
        var now = clock.GetUtcNow().UtcDateTime;
        var clone = new Preset
        {
            Slug = slug,
            Name = name,
            Description = source.Description,
            CreatedById = actor.Id,
            ClonedFromId = source.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Presets.Add(clone);
        await AddVersionAsync(db, clone, graph.Renamed(name, source.Description), $"Cloned from {source.Slug}@{source.LatestVersion}", actor, cancellationToken);
        await AuditAsync(actor, "preset.cloned", clone, $"from {source.Slug}@{source.LatestVersion}", cancellationToken);
        return clone;
    }

    /// <summary>The preset file of a version (the latest when <paramref name="version"/> is null); null when there is none (or it is a workbench draft).</summary>
    public async Task<PresetExport?> ExportAsync(string slug, int? version, CancellationToken cancellationToken = default)
    {
        if (WorkbenchDrafts.IsDraft(slug))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var preset = await db.Presets.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        var number = version ?? preset?.LatestVersion;
        var row = preset is null ? null
            : await db.PresetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.PresetId == preset.Id && v.Version == number, cancellationToken);
        if (preset is null || row is null)
        {
            return null;
        }

        var json = PresetFile.Write(PipelineGraphJson.Deserialize(row.GraphJson), preset.Name, preset.Slug, preset.Description);
        return new PresetExport($"{preset.Slug}-v{row.Version}.json", json, row.Version);
    }

    public async Task<PresetImportResult> ImportAsync(string fileText, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        PresetFileContent file;
        try
        {
            file = PresetFile.Read(fileText ?? string.Empty);
        }
        catch (GraphFormatException ex)
        {
            throw new PresetException("The file was not imported: it is not a readable preset file.", [ex.Message]);
        }

        var graph = file.Graph;
        var slug = file.Slug ?? PresetSlugs.FromName(graph.Name);
        var problems = NameProblems(graph.Name.Trim());
        if (!PresetSlugs.IsValid(slug))
        {
            problems.Add($"The slug \"{slug}\" is not valid: {PresetSlugs.Rule}.");
        }

        problems.AddRange(GraphValidator.Errors(GraphValidator.Validate(graph, nodeTypes)).Select(p => p.Message));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Presets.FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (existing is { IsSystem: true })
        {
            problems.Add($"\"{slug}\" is a system preset and cannot be replaced; change \"slug\" in the file to import it as a new preset, or clone \"{slug}\".");
        }
        else if (existing is { ArchivedAt: not null })
        {
            problems.Add($"The slug \"{slug}\" belongs to an archived preset; change \"slug\" in the file to import it as a new preset.");
        }

        if (problems.Count > 0)
        {
            throw new PresetException($"The file \"{graph.Name}\" was not imported.", problems);
        }

        if (existing is not null && await LatestGraphJsonAsync(db, existing, cancellationToken) is { } latest && SameGraphApartFromName(graph, latest))
        {
            return await KeepUnchangedAsync(db, existing, graph, actor, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var preset = existing ?? db.Presets.Add(new Preset { Slug = slug, Name = graph.Name.Trim(), CreatedById = actor.Id, CreatedAt = now }).Entity;
        preset.Name = graph.Name.Trim();
        preset.Description = graph.Description;
        var version = await AddVersionAsync(db, preset, graph, existing is null ? "Imported from a file" : "Imported from a file over the previous version", actor, cancellationToken);
        await AuditAsync(actor, "preset.imported", preset, existing is null ? "created at version 1" : $"as version {version.Version}", cancellationToken);
        return new PresetImportResult(preset.Slug, preset.Name, version.Version, existing is null);
    }

    /// <summary>A free slug for <paramref name="name"/>: its slug form, with <c>-2</c>, <c>-3</c>… added when taken.</summary>
    public async Task<string> SuggestSlugAsync(string name, CancellationToken cancellationToken = default)
    {
        var stem = PresetSlugs.FromName(name ?? string.Empty);
        stem = stem.Length == 0 ? "preset" : stem[..Math.Min(stem.Length, PresetSlugs.MaxLength - 4)].TrimEnd('-');
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taken = (await db.Presets.AsNoTracking().Where(p => p.Slug.StartsWith(stem)).Select(p => p.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var slug = stem;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{stem}-{n}";
        }

        return slug;
    }

    private PipelineGraph ParseAndValidate(string graphJson, string refusal)
    {
        PipelineGraph graph;
        try
        {
            graph = PipelineGraphJson.Deserialize(graphJson);
        }
        catch (GraphFormatException ex)
        {
            throw new PresetException($"{refusal}: the graph cannot be read.", [ex.Message]);
        }

        var problems = GraphValidator.Errors(GraphValidator.Validate(graph, nodeTypes));
        return problems.Count == 0
            ? graph
            : throw new PresetException($"{refusal}: the graph has {problems.Count} problem(s).", [.. problems.Select(p => p.Message)]);
    }

    private static async Task<Preset> WritablePresetAsync(MediaEngineDbContext db, string slug, string verb, CancellationToken cancellationToken)
    {
        var preset = await db.Presets.FirstOrDefaultAsync(p => p.Slug == slug && p.ArchivedAt == null, cancellationToken)
            ?? throw new PresetException($"There is no preset \"{slug}\".");
        return preset.IsSystem
            ? throw new PresetException($"\"{slug}\" is a system preset and read-only, so nothing was {verb}; clone it to make a preset you can change.")
            : preset;
    }

    private static Task<string?> LatestGraphJsonAsync(MediaEngineDbContext db, Preset preset, CancellationToken cancellationToken) =>
        db.PresetVersions.AsNoTracking().Where(v => v.PresetId == preset.Id && v.Version == preset.LatestVersion)
            .Select(v => (string?)v.GraphJson).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether <paramref name="graph"/> is the stored graph <paramref name="storedJson"/> but for its name and description.</summary>
    private static bool SameGraphApartFromName(PipelineGraph graph, string storedJson)
    {
        var stored = PipelineGraphJson.Deserialize(storedJson);
        return PipelineGraphJson.Serialize(graph.Renamed(stored.Name, stored.Description)) == storedJson;
    }

    /// <summary>
    /// An import whose graph is the latest version's: no version is added (as saving an unchanged graph adds none); a
    /// changed name or description in the file is still taken, and audited.
    /// </summary>
    private async Task<PresetImportResult> KeepUnchangedAsync(MediaEngineDbContext db, Preset preset, PipelineGraph graph, AuditActor actor, CancellationToken cancellationToken)
    {
        var name = graph.Name.Trim();
        if (preset.Name != name || preset.Description != graph.Description)
        {
            preset.Name = name;
            preset.Description = graph.Description;
            preset.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            await AuditAsync(actor, "preset.imported", preset, $"graph unchanged from version {preset.LatestVersion}; name and description updated", cancellationToken);
        }

        return new PresetImportResult(preset.Slug, preset.Name, preset.LatestVersion, CreatedPreset: false, Unchanged: true);
    }

    private async Task<PresetVersion> AddVersionAsync(MediaEngineDbContext db, Preset preset, PipelineGraph graph, string? note, AuditActor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        preset.LatestVersion++;
        preset.UpdatedAt = now;
        var version = new PresetVersion
        {
            PresetId = preset.Id,
            Version = preset.LatestVersion,
            GraphJson = PipelineGraphJson.Serialize(graph),
            SchemaVersion = graph.SchemaVersion,
            Note = note,
            CreatedById = actor.Id,
            CreatedAt = now,
        };
        db.PresetVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            throw new PresetException(
                $"\"{preset.Slug}\" was changed by someone else at the same moment (version {version.Version} or the slug is taken); reload and try again.", ex);
        }

        return version;
    }

    private Task AuditAsync(AuditActor actor, string action, Preset preset, string details, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEntry(actor, action, $"preset:{preset.Slug}", details), cancellationToken);

    private static string? Note(string? note)
    {
        var text = note?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length <= MaxNoteLength ? text
            : throw new PresetException($"The note is {text.Length} characters long; keep it to {MaxNoteLength}.");
    }

    private static List<string> NameProblems(string name) =>
        name.Length == 0 ? ["Give the preset a name."]
        : name.Length > MaxNameLength ? [$"The name is {name.Length} characters long; keep it to {MaxNameLength}."]
        : [];

    private static async Task<List<string>> SlugProblemsAsync(MediaEngineDbContext db, string slug, CancellationToken cancellationToken) =>
        !PresetSlugs.IsValid(slug) ? [$"The slug \"{slug}\" is not valid: {PresetSlugs.Rule}."]
        : await db.Presets.AnyAsync(p => p.Slug == slug, cancellationToken) ? [$"The slug \"{slug}\" is already taken by another preset; choose another."]
        : [];
}
