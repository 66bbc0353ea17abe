namespace MediaEngine.Domain.Jobs;

/// <summary>A production job that failed, with what went wrong.</summary>
public sealed record RecentJobFailure(Guid JobId, string Title, string PresetSlug, DateTime FinishedAt, string? Error);
