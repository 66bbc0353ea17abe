using System.ComponentModel.DataAnnotations;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>A carousel slide's shape, colours, title, body text and font.</summary>
public sealed record CarouselSlideSettings : SlideLook
{
    [DataType(DataType.MultilineText)]
    [Display(Name = "Title", Description = "Large bold heading; wraps to the slide width")]
    public string Title { get; init; } = string.Empty;

    [DataType(DataType.MultilineText)]
    [Display(Name = "Body", Description = "Text under the title; wraps to the slide width")]
    public string Body { get; init; } = string.Empty;
}
