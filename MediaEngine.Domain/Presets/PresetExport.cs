namespace MediaEngine.Domain.Presets;

/// <summary>An exported preset version: the suggested file name (<c>slug-vN.json</c>) and the file's text.</summary>
public sealed record PresetExport(string FileName, string Json, int Version);
