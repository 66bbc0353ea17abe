using System.ComponentModel.DataAnnotations;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>The grid of a contact sheet: columns, square tile size, spacing, background and file format.</summary>
public sealed record ContactSheetSettings
{
    [Range(1, 12, ErrorMessage = "Columns must be between 1 and 12.")]
    [Display(Name = "Columns", Description = "Images per row")]
    public int Columns { get; init; } = 4;

    [Range(32, 1024, ErrorMessage = "Tile size must be between 32 and 1024 pixels.")]
    [Display(Name = "Tile size", Description = "Each image is fitted inside a square of this many pixels")]
    public int TileSize { get; init; } = 256;

    [Range(0, 100, ErrorMessage = "Spacing must be between 0 and 100 pixels.")]
    [Display(Name = "Spacing", Description = "Pixels between tiles and around the edge")]
    public int Spacing { get; init; } = 8;

    [Colour]
    [Display(Name = "Background", Description = "Colour behind and between the tiles")]
    public string Background { get; init; } = "#ffffff";

    [Display(Name = "Format", Description = "WebP, AVIF, PNG or JPEG")]
    public ImageFormat Format { get; init; } = ImageFormat.Jpeg;
}
