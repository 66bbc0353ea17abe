namespace MediaEngine.Domain.Presets;

/// <summary>One row of a preset's version history; <paramref name="CreatedBy"/> is the user's name, null for the system.</summary>
public sealed record PresetVersionInfo(Guid Id, int Version, string? Note, string? CreatedBy, DateTime CreatedAt, string GraphJson);
