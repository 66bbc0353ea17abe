namespace MediaEngine.Domain.Presets;

/// <summary>
/// What the presets list shows: <paramref name="Search"/> matches the name, slug or description (case-insensitive
/// for ASCII letters); archived presets are never listed.
/// </summary>
public sealed record PresetFilter(string? Search = null, PresetKindFilter Kind = PresetKindFilter.All);
