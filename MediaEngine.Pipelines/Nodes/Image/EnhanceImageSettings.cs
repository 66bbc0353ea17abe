using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Automatic levels, noise reduction, sharpening and saturation for one image.</summary>
public sealed record EnhanceImageSettings
{
    [Display(Name = "Auto level", Description = "Stretch the tones so the darkest becomes black and the lightest white")]
    public bool AutoLevel { get; init; } = true;

    [Range(0, 10, ErrorMessage = "Denoise must be between 0 (off) and 10.")]
    [Display(Name = "Denoise", Description = "0 (off) to 10 (strong)")]
    public int Denoise { get; init; }

    [Range(0, 10, ErrorMessage = "Sharpen must be between 0 (off) and 10.")]
    [Display(Name = "Sharpen", Description = "0 (off) to 10 (strong)")]
    public int Sharpen { get; init; }

    [Range(50, 200, ErrorMessage = "Saturation must be between 50 and 200 percent.")]
    [Display(Name = "Saturation", Description = "Percent: 100 unchanged, 50 muted, 200 vivid")]
    public int Saturation { get; init; } = 100;
}
