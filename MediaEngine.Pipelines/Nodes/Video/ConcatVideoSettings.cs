using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Settings of <c>video.concat</c>: the common frame size and rate the parts are brought to.</summary>
public sealed record ConcatVideoSettings : IValidatableObject
{
    [Range(0, 7680, ErrorMessage = "Width must be between 0 (the first part's) and 7680 pixels.")]
    [Display(Name = "Width", Description = "Output width in pixels (even); 0 takes the first part's size")]
    public int Width { get; init; }

    [Range(0, 4320, ErrorMessage = "Height must be between 0 (the first part's) and 4320 pixels.")]
    [Display(Name = "Height", Description = "Output height in pixels (even); 0 takes the first part's size")]
    public int Height { get; init; }

    [Range(0, 240, ErrorMessage = "The frame rate must be between 0 (the first part's) and 240 fps.")]
    [Display(Name = "Frame rate", Description = "Output frames per second; 0 takes the first part's rate")]
    public double Fps { get; init; }

    [Range(0, 51, ErrorMessage = "CRF must be between 0 and 51.")]
    [Display(Name = "CRF", Description = "H.264 quality: lower is better and larger")]
    public int Crf { get; init; } = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((Width == 0) != (Height == 0))
        {
            yield return new ValidationResult(
                "Give both width and height, or leave both 0 to take the first part's size.", [nameof(Width), nameof(Height)]);
        }
        else if (Width % 2 != 0 || Height % 2 != 0 || (Width > 0 && (Width < 16 || Height < 16)))
        {
            yield return new ValidationResult(
                $"Width and height must be even and at least 16 pixels (H.264 needs it); {Width}×{Height} is not.", [nameof(Width), nameof(Height)]);
        }

        if (Fps is > 0 and < 1)
        {
            yield return new ValidationResult("The frame rate must be 0 (the first part's) or at least 1 fps.", [nameof(Fps)]);
        }
    }
}
