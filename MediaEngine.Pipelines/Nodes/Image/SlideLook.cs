using System.ComponentModel.DataAnnotations;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>
/// The look every carousel slide shares: style, shape, colours and fonts. These are the settings a preset's brand kit
/// parameters bind to, so one change restyles every slide.
/// </summary>
public abstract record SlideLook
{
    [Display(Name = "Style", Description = "Classic (accent bar), Bold (wide bar, larger title) or Minimal (accent-coloured title)")]
    public SlideStyle Style { get; init; } = SlideStyle.Classic;

    [Display(Name = "Aspect", Description = "Square 1080×1080, Portrait 1080×1350 or Story 1080×1920")]
    public SlideAspect Aspect { get; init; } = SlideAspect.Portrait;

    [Colour]
    [Display(Name = "Background", Description = "Slide colour; tints a connected photo so the text stays readable")]
    public string Background { get; init; } = "#111827";

    [Colour]
    [Display(Name = "Accent", Description = "Colour of the bar above the title")]
    public string Accent { get; init; } = "#f59e0b";

    [Colour]
    [Display(Name = "Text colour", Description = "Colour of the title and body")]
    public string TextColour { get; init; } = "#ffffff";

    [FontFamily]
    [Required(ErrorMessage = "Font is required (a font family such as DejaVu Sans).")]
    [Display(Name = "Font", Description = "The titles' font: an installed family, e.g. DejaVu Sans")]
    public string Font { get; init; } = "DejaVu Sans";

    [FontFamily]
    [Display(Name = "Body font", Description = "The body text's font; empty uses the title font")]
    public string BodyFont { get; init; } = string.Empty;
}
