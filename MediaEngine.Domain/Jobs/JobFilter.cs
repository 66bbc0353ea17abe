namespace MediaEngine.Domain.Jobs;

/// <summary>What the jobs list shows: every criterion is optional. <see cref="Preset"/> is a preset slug or id.</summary>
public sealed record JobFilter(
    JobStatus? Status = null,
    string? Preset = null,
    Guid? SubmittedById = null,
    DateTime? From = null,
    DateTime? To = null,
    string? Search = null,
    string? Lane = null,
    bool IncludeTests = false);
