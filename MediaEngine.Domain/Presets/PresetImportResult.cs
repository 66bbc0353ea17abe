namespace MediaEngine.Domain.Presets;

/// <summary>
/// What an import did: created the user preset <paramref name="Slug"/> at version 1, added a version to it, or — when
/// the file's graph is the latest version's (<paramref name="Unchanged"/>) — added nothing and names that version.
/// </summary>
public sealed record PresetImportResult(string Slug, string Name, int Version, bool CreatedPreset, bool Unchanged = false);
