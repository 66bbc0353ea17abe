using MediaEngine.Domain.Entities;

namespace MediaEngine.Domain.Artifacts;

/// <summary>
/// What the gallery shows: every criterion is optional. <see cref="Preset"/> is a preset slug; <see cref="From"/> is
/// inclusive and <see cref="To"/> exclusive (UTC); <see cref="Search"/> matches the preset name or the job title.
/// </summary>
public sealed record GalleryFilter(
    string? Preset = null,
    Guid? JobId = null,
    MediaKind? Kind = null,
    DateTime? From = null,
    DateTime? To = null,
    string? Search = null);
