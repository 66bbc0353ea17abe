using System.Globalization;
using System.Text;
using MediaEngine.Domain.Graph;

namespace MediaEngine.Web.Components.Shared.Graph;

/// <summary>How a laid-out graph (<see cref="GraphLayoutResult"/>) is written as SVG, the same for every graph drawn.</summary>
public static class GraphSvg
{
    /// <summary>A coordinate as SVG wants it: invariant, at most two decimals.</summary>
    public static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The transform that puts a box's own coordinates at its place.</summary>
    public static string Translate(LaidOutNode box) => $"translate({F(box.X)} {F(box.Y)})";

    /// <summary>Cubic Bézier curves leaving and entering each point horizontally, through the edge's waypoints.</summary>
    public static string EdgePath(LaidOutEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var points = edge.Waypoints.Prepend(new GraphPosition(edge.StartX, edge.StartY)).Append(new GraphPosition(edge.EndX, edge.EndY)).ToList();
        var path = new StringBuilder($"M {F(points[0].X)} {F(points[0].Y)}");
        for (var i = 1; i < points.Count; i++)
        {
            var (from, to) = (points[i - 1], points[i]);
            var bend = Math.Max(Math.Abs(to.X - from.X) / 2, 24);
            path.Append($" C {F(from.X + bend)} {F(from.Y)}, {F(to.X - bend)} {F(to.Y)}, {F(to.X)} {F(to.Y)}");
        }

        return path.ToString();
    }

    /// <summary>The text cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
