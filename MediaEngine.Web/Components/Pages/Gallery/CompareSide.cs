using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Entities;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>One side of a before/after comparison: an output (artifact) or a source asset, found on disk by its id.</summary>
/// <param name="Source">Whether <paramref name="Id"/> names an artifact or an asset.</param>
/// <param name="Id">The artifact or asset id.</param>
/// <param name="Kind">What the file holds.</param>
/// <param name="Label">How the file is named on screen, e.g. "beach.jpg" or "fit.out".</param>
public sealed record CompareSide(LineageSource Source, Guid Id, MediaKind Kind, string Label)
{
    /// <summary>Where the browser loads the file.</summary>
    public string Url => Source == LineageSource.Asset ? $"/files/assets/{Id}" : GalleryDisplay.FileUrl(Id);

    /// <summary>An input or derived file from a lineage.</summary>
    public static CompareSide From(LineageEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new CompareSide(entry.Source, entry.Id, entry.Kind, entry.Label);
    }

    /// <summary>The output a gallery preview shows.</summary>
    public static CompareSide From(GalleryItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new CompareSide(LineageSource.Artifact, item.Id, item.Kind, item.Caption);
    }
}
