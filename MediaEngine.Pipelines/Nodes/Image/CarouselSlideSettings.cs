using System.ComponentModel.DataAnnotations;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>A carousel slide's shape, colours, title, body text and font.</summary>
public sealed record CarouselSlideSettings
{
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

    [DataType(DataType.MultilineText)]
    [Display(Name = "Title", Description = "Large bold heading; wraps to the slide width")]
    public string Title { get; init; } = string.Empty;

    [DataType(DataType.MultilineText)]
    [Display(Name = "Body", Description = "Text under the title; wraps to the slide width")]
    public string Body { get; init; } = string.Empty;

    [Required(ErrorMessage = "Font is required (a font family such as DejaVu Sans).")]
    [Display(Name = "Font", Description = "An installed font family, e.g. DejaVu Sans")]
    public string Font { get; init; } = "DejaVu Sans";
}
