using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Settings of <c>videos.input</c>: the graph input it reads and how many files it accepts.</summary>
public sealed record VideosInputSettings : IValidatableObject
{
    /// <summary>Most videos one input may carry (what <c>video.concat</c> joins at once).</summary>
    public const int MaxFiles = 8;

    [Required(ErrorMessage = "Input nodes must name the graph input they read ('input').")]
    [Display(Name = "Graph input", Description = "The name of the graph input this node reads")]
    public string Input { get; init; } = string.Empty;

    [Range(1, MaxFiles, ErrorMessage = "The minimum number of videos must be between 1 and 8.")]
    [Display(Name = "At least", Description = "Fewest videos the caller must supply")]
    public int MinCount { get; init; } = 1;

    [Range(1, MaxFiles, ErrorMessage = "The maximum number of videos must be between 1 and 8.")]
    [Display(Name = "At most", Description = "Most videos the caller may supply")]
    public int MaxCount { get; init; } = MaxFiles;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinCount > MaxCount)
        {
            yield return new ValidationResult(
                $"The minimum number of videos ({MinCount}) must not be more than the maximum ({MaxCount}).",
                [nameof(MinCount), nameof(MaxCount)]);
        }
    }
}
