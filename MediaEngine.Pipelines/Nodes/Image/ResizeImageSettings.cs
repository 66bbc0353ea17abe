using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Image;

public sealed record ResizeImageSettings
{
    [Range(1, 20000, ErrorMessage = "Width must be between 1 and 20000 pixels.")]
    [Display(Name = "Width", Description = "Box width in pixels")]
    public int Width { get; init; } = 1920;

    [Range(1, 20000, ErrorMessage = "Height must be between 1 and 20000 pixels.")]
    [Display(Name = "Height", Description = "Box height in pixels")]
    public int Height { get; init; } = 1920;

    [Display(Name = "Mode", Description = "Fit inside, fill and crop, or crop only")]
    public ResizeMode Mode { get; init; } = ResizeMode.Fit;

    [Display(Name = "Allow upscale", Description = "Enlarge images smaller than the box")]
    public bool AllowUpscale { get; init; }

    [Range(1, 100, ErrorMessage = "Quality must be between 1 and 100.")]
    [Display(Name = "Quality", Description = "Encoder quality of the resized image (kept in its input format)")]
    public int Quality { get; init; } = 92;
}
