using System.ComponentModel.DataAnnotations;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>The columns a slide set takes its text from, and the look shared by every slide (as <see cref="CarouselSlideSettings"/>).</summary>
public sealed record CarouselSlidesSettings
{
    [Required(ErrorMessage = "Title column is required (the table column holding each slide's title).")]
    [Display(Name = "Title column", Description = "The table column holding each slide's title")]
    public string TitleColumn { get; init; } = "title";

    [Display(Name = "Body column", Description = "The table column holding each slide's body text; used only when the table has it")]
    public string BodyColumn { get; init; } = "body";

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

    [Required(ErrorMessage = "Font is required (a font family such as DejaVu Sans).")]
    [Display(Name = "Font", Description = "An installed font family, e.g. DejaVu Sans")]
    public string Font { get; init; } = "DejaVu Sans";
}
