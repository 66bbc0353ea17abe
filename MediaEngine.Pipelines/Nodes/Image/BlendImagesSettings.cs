using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>How to blend 2–8 images, with optional weights and output size.</summary>
public sealed record BlendImagesSettings
{
    [RegularExpression(@"^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$", ErrorMessage = "Weights must be numbers separated by commas, e.g. 2,1,1.")]
    [Display(Name = "Weights", Description = "One number per image in input order, e.g. 2,1,1; empty for equal weights")]
    public string? Weights { get; init; }

    [Display(Name = "Mode", Description = "Average mixes by weight; the other modes lay each image over the ones before with strength weight ÷ largest weight")]
    public BlendMode Mode { get; init; } = BlendMode.Average;

    [Range(1, 10000, ErrorMessage = "Width must be between 1 and 10000 pixels.")]
    [Display(Name = "Width", Description = "Output width; empty for the first image's (or to keep its shape when only height is set)")]
    public int? Width { get; init; }

    [Range(1, 10000, ErrorMessage = "Height must be between 1 and 10000 pixels.")]
    [Display(Name = "Height", Description = "Output height; empty for the first image's (or to keep its shape when only width is set)")]
    public int? Height { get; init; }
}
