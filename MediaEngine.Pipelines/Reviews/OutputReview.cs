namespace MediaEngine.Pipelines.Reviews;

/// <summary>One person's rating (1–5, or none) and note on an output, with who wrote it and when it last changed.</summary>
public sealed record OutputReview(Guid UserId, string UserName, int? Rating, string? Note, DateTime UpdatedAt);
