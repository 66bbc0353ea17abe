using System.ComponentModel.DataAnnotations;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Settings of <c>video.scale-crop</c>: the frame shape and height, and how the picture fills it.</summary>
public sealed record ScaleCropSettings : IValidatableObject
{
    [Display(Name = "Aspect ratio", Description = "The shape of the output frame")]
    public AspectRatio Aspect { get; init; } = AspectRatio.Landscape16x9;

    [Range(16, 4320, ErrorMessage = "Height must be between 16 and 4320 pixels.")]
    [Display(Name = "Height", Description = "Output height in pixels (even); the width follows from the aspect ratio")]
    public int Height { get; init; } = 1080;

    [Display(Name = "Mode", Description = "Crop covers the frame and cuts off the edges; Pad fits the picture and adds bars")]
    public FrameFitMode Mode { get; init; } = FrameFitMode.Crop;

    [Colour]
    [Display(Name = "Pad colour", Description = "Colour of the bars in Pad mode")]
    public string PadColour { get; init; } = "#000000";

    [Range(0, 51, ErrorMessage = "CRF must be between 0 and 51.")]
    [Display(Name = "CRF", Description = "H.264 quality: lower is better and larger")]
    public int Crf { get; init; } = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Height % 2 != 0)
        {
            yield return new ValidationResult($"Height must be an even number of pixels (H.264 needs it); {Height} is odd.", [nameof(Height)]);
        }
    }
}
