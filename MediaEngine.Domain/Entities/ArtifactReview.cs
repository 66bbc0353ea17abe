namespace MediaEngine.Domain.Entities;

/// <summary>One person's rating (1–5) and note on an output. One per person and artifact.</summary>
public sealed class ArtifactReview
{
    public const int MinRating = 1;

    public const int MaxRating = 5;

    public const int MaxNoteLength = 2000;

    public Guid ArtifactId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>1 to 5 stars, or <see langword="null"/> for a note without a rating.</summary>
    public int? Rating { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
