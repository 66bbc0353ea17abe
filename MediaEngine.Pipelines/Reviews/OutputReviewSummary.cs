namespace MediaEngine.Pipelines.Reviews;

/// <summary>
/// Everything said about one output: every review (newest first), the average of the ratings given (null when nobody
/// rated it), how many ratings that is, and its tags (alphabetically).
/// </summary>
public sealed record OutputReviewSummary(Guid ArtifactId, IReadOnlyList<OutputReview> Reviews, double? AverageRating, int RatingCount, IReadOnlyList<string> Tags)
{
    /// <summary>The review of <paramref name="userId"/>, or null.</summary>
    public OutputReview? Of(Guid? userId) => userId is { } id ? Reviews.FirstOrDefault(r => r.UserId == id) : null;
}
