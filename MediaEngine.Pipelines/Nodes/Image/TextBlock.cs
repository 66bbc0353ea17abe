using ImageMagick;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Text wrapped into lines for one font, with the measurements needed to place and draw it.</summary>
internal sealed record TextBlock(
    string Family,
    double Size,
    FontWeight Weight,
    IReadOnlyList<string> Lines,
    IReadOnlyList<double> LineWidths,
    double LineHeight,
    double Ascent)
{
    /// <summary>The widest line, in pixels.</summary>
    public double Width => LineWidths.Count == 0 ? 0 : LineWidths.Max();

    /// <summary>All lines stacked, in pixels.</summary>
    public double Height => Lines.Count * LineHeight;
}
