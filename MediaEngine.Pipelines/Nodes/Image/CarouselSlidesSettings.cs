using System.ComponentModel.DataAnnotations;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>The table columns a slide set takes its text from and how many slides it makes; the look (<see cref="SlideLook"/>) is shared by every slide.</summary>
public sealed record CarouselSlidesSettings : SlideLook
{
    [Required(ErrorMessage = "Title column is required (the table column holding each slide's title).")]
    [Display(Name = "Title column", Description = "The table column holding each slide's title")]
    public string TitleColumn { get; init; } = "title";

    [Display(Name = "Body column", Description = "The table column holding each slide's body text; used only when the table has it")]
    public string BodyColumn { get; init; } = "body";

    [Range(0, CarouselSlidesNode.MaxSlides, ErrorMessage = "Slide count must be between 0 and 10000.")]
    [Display(Name = "Slide count", Description = "How many slides at most; 0 makes one per row (or per photo when no table is connected)")]
    public int SlideCount { get; init; }
}
