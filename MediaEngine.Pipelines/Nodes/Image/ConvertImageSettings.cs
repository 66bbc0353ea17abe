using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Image;

public sealed record ConvertImageSettings
{
    [Display(Name = "Format", Description = "WebP, AVIF, PNG or JPEG")]
    public ImageFormat Format { get; init; } = ImageFormat.WebP;

    [Range(1, 100, ErrorMessage = "Quality must be between 1 and 100.")]
    [Display(Name = "Quality", Description = "1 (smallest) to 100 (best)")]
    public int Quality { get; init; } = 80;

    [Display(Name = "Strip metadata", Description = "Remove EXIF, GPS and other metadata")]
    public bool StripMetadata { get; init; } = true;
}
