using System.ComponentModel.DataAnnotations;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Text drawn over an image: words, font, colour, an optional box behind it, placement and wrapping width.</summary>
public sealed record TextOverlaySettings
{
    [Required(ErrorMessage = "Text is required.")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Text", Description = "The words to draw; line breaks are kept and long lines wrap")]
    public string Text { get; init; } = string.Empty;

    [FontFamily]
    [Required(ErrorMessage = "Font is required (a font family such as DejaVu Sans).")]
    [Display(Name = "Font", Description = "An installed font family, e.g. DejaVu Sans")]
    public string Font { get; init; } = "DejaVu Sans";

    [Range(6, 400, ErrorMessage = "Size must be between 6 and 400 points.")]
    [Display(Name = "Size", Description = "Font size in points (pixels at 72 dpi)")]
    public int Size { get; init; } = 48;

    [Colour]
    [Display(Name = "Colour", Description = "Text colour")]
    public string Colour { get; init; } = "#ffffff";

    [Display(Name = "Box", Description = "Draw a box behind the text so it stays readable")]
    public bool Box { get; init; } = true;

    [Colour]
    [Display(Name = "Box colour", Description = "Colour of the box behind the text")]
    public string BoxColour { get; init; } = "#000000";

    [Range(0, 100, ErrorMessage = "Box opacity must be between 0 and 100 percent.")]
    [Display(Name = "Box opacity", Description = "0 invisible to 100 fully opaque")]
    public int BoxOpacity { get; init; } = 50;

    [Display(Name = "Placement", Description = "Top, centre or bottom of the image")]
    public TextPlacement Placement { get; init; } = TextPlacement.Bottom;

    [Range(10, 100, ErrorMessage = "Maximum width must be between 10 and 100 percent of the image width.")]
    [Display(Name = "Maximum width", Description = "Wrap the text (with its box) to this percentage of the image width")]
    public int MaxWidthPercent { get; init; } = 90;

    [Range(0, 500, ErrorMessage = "Margin must be between 0 and 500 pixels.")]
    [Display(Name = "Margin", Description = "Distance in pixels from the top or bottom edge")]
    public int Margin { get; init; } = 24;
}
