using System.ComponentModel.DataAnnotations;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>Which library image a <c>image.asset</c> node passes on; usually bound to the brand kit's logo parameter.</summary>
public sealed record LibraryImageSettings
{
    [ImageAsset]
    [Display(Name = "Image", Description = "An image from the asset library (its id); empty passes nothing on, so the nodes it feeds do without")]
    public string Asset { get; init; } = string.Empty;
}
