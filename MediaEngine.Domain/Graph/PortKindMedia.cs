using MediaEngine.Domain.Entities;

namespace MediaEngine.Domain.Graph;

/// <summary>Which kinds of asset a graph input of each port kind takes.</summary>
public static class PortKindMedia
{
    /// <summary>The asset kinds <paramref name="input"/> accepts.</summary>
    public static IReadOnlyList<MediaKind> KindsFor(PortKind input) => input switch
    {
        PortKind.Image or PortKind.ImageSet => [MediaKind.Image],
        PortKind.Video => [MediaKind.Video],
        PortKind.Audio => [MediaKind.Audio],
        PortKind.Text => [MediaKind.Text],
        _ => [MediaKind.Data, MediaKind.Text],
    };

    public static bool Accepts(PortKind input, MediaKind asset) => KindsFor(input).Contains(asset);

    /// <summary>
    /// An image set takes several assets whatever reads it; for an input of another kind, what its input node does decides
    /// (<see cref="GraphInputCardinality.TakesMany"/>).
    /// </summary>
    public static bool TakesMany(PortKind input) => input == PortKind.ImageSet;
}
