using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Where and how large and opaque a watermark is laid over an image.</summary>
public sealed record WatermarkImageSettings
{
    [Display(Name = "Position", Description = "Corner, edge or centre of the image")]
    public WatermarkPosition Position { get; init; } = WatermarkPosition.BottomRight;

    [Range(1, 100, ErrorMessage = "Scale must be between 1 and 100 percent of the image width.")]
    [Display(Name = "Scale", Description = "Watermark width as a percentage of the image width")]
    public int Scale { get; init; } = 20;

    [Range(0, 100, ErrorMessage = "Opacity must be between 0 and 100 percent.")]
    [Display(Name = "Opacity", Description = "0 invisible to 100 fully opaque")]
    public int Opacity { get; init; } = 70;

    [Range(0, 500, ErrorMessage = "Margin must be between 0 and 500 pixels.")]
    [Display(Name = "Margin", Description = "Distance in pixels from the image edges")]
    public int Margin { get; init; } = 24;
}
