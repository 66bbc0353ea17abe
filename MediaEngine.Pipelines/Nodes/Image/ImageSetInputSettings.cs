using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Which graph input an image-set input node reads, and how many images it accepts.</summary>
public sealed record ImageSetInputSettings : IValidatableObject
{
    [Required(ErrorMessage = "Input nodes must name the graph input they read ('input').")]
    [Display(Name = "Graph input", Description = "The name of the graph input this node reads")]
    public string Input { get; init; } = string.Empty;

    [Range(1, 100, ErrorMessage = "Minimum count must be between 1 and 100 images.")]
    [Display(Name = "Minimum count", Description = "Fewest images accepted")]
    public int MinCount { get; init; } = 1;

    [Range(1, 100, ErrorMessage = "Maximum count must be between 1 and 100 images.")]
    [Display(Name = "Maximum count", Description = "Most images accepted")]
    public int MaxCount { get; init; } = 100;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinCount > MaxCount)
        {
            yield return new ValidationResult(
                $"Minimum count ({MinCount}) must not be more than maximum count ({MaxCount}).",
                [nameof(MinCount), nameof(MaxCount)]);
        }
    }
}
