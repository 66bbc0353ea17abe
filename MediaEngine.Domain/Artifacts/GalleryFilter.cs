using MediaEngine.Domain.Entities;

namespace MediaEngine.Domain.Artifacts;

/// <summary>
/// What the gallery shows: every criterion is optional. <see cref="Preset"/> is a preset slug and
/// <see cref="PresetVersion"/> one of its version numbers (ignored without a preset); <see cref="From"/> is inclusive
/// and <see cref="To"/> exclusive (UTC); <see cref="Search"/> matches the preset name or the job title;
/// <see cref="Tag"/> is an output tag (any case); <see cref="MinRating"/> keeps outputs whose average rating (1–5) is at least that.
/// </summary>
public sealed record GalleryFilter(
    string? Preset = null,
    Guid? JobId = null,
    MediaKind? Kind = null,
    DateTime? From = null,
    DateTime? To = null,
    string? Search = null,
    int? PresetVersion = null,
    string? Tag = null,
    int? MinRating = null);
