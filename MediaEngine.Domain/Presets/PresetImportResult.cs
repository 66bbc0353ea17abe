namespace MediaEngine.Domain.Presets;

/// <summary>What an import did: created the user preset <paramref name="Slug"/> at version 1, or added a version to it.</summary>
public sealed record PresetImportResult(string Slug, string Name, int Version, bool CreatedPreset);
