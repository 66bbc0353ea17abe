using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>How much to enlarge an image and with which filter.</summary>
public sealed record UpscaleImageSettings
{
    [Display(Name = "Factor", Description = "2× or 4× the width and height")]
    public UpscaleFactor Factor { get; init; } = UpscaleFactor.X2;

    [Display(Name = "Quality", Description = "Fast (bilinear), Balanced (Lanczos) or High (Lanczos + sharpening)")]
    public UpscaleQuality Quality { get; init; } = UpscaleQuality.High;
}
