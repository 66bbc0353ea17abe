using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Image;

public sealed record ThumbnailSettings
{
    [Range(16, 2048, ErrorMessage = "Size must be between 16 and 2048 pixels.")]
    [Display(Name = "Size", Description = "Longest side in pixels")]
    public int Size { get; init; } = 320;

    [Display(Name = "Format")]
    public ImageFormat Format { get; init; } = ImageFormat.Jpeg;

    [Range(1, 100, ErrorMessage = "Quality must be between 1 and 100.")]
    [Display(Name = "Quality")]
    public int Quality { get; init; } = 80;
}
