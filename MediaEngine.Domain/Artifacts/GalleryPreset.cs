namespace MediaEngine.Domain.Artifacts;

/// <summary>A preset that has published outputs, for the gallery's preset filter.</summary>
public sealed record GalleryPreset(string Slug, string Name);
