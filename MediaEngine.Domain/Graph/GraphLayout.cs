using MediaEngine.Domain.Graph.Layout;

namespace MediaEngine.Domain.Graph;

/// <summary>
/// Lays a pipeline graph out left to right for drawing; pure and deterministic (the same graph always gives the same
/// result). Graph inputs form the first column of small pills; each node goes in column 1 + the longest path to it
/// from a source; graph outputs form a last column of pills. Boxes are ordered within a column by the barycenter of
/// their neighbours to reduce crossings, then pulled level with their neighbours without overlapping; an edge that
/// skips columns gets a free lane through each of them, so it never runs under a box.
/// Invalid graphs are drawn too: dangling edges are left out and an edge closing a cycle does not push columns.
/// </summary>
/// <remarks>Model apart from rendering: the Blazor <c>PipelineGraphView</c> only turns this into SVG.</remarks>
public static class GraphLayout
{
    /// <summary>Width of a node box.</summary>
    public const double NodeWidth = 176;

    /// <summary>Height of a node box (room for id, type, a progress bar and a duration).</summary>
    public const double NodeHeight = 72;

    /// <summary>Width of a graph input or output pill.</summary>
    public const double PillWidth = 112;

    /// <summary>Height of a graph input or output pill.</summary>
    public const double PillHeight = 28;

    /// <summary>Horizontal space between columns, where the edges run.</summary>
    public const double ColumnGap = 64;

    /// <summary>Minimum vertical space between two boxes of a column.</summary>
    public const double RowGap = 24;

    /// <summary>Height of the lane kept free in a column for an edge that passes through it.</summary>
    public const double WaypointHeight = 8;

    /// <summary>Space around the whole drawing.</summary>
    public const double Margin = 16;

    /// <summary>Places every node, graph input and graph output of the graph, and the end points of its edges.</summary>
    public static GraphLayoutResult Compute(PipelineGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Place(LayoutGraph.Build(graph));
    }

    /// <summary>
    /// Lays out any directed graph the same way (lineage, for example): boxes of their own sizes in
    /// <see cref="GraphLayoutResult.Nodes"/>, links as <see cref="LaidOutEdgeRole.Connection"/> edges without ports, in
    /// link order; no graph inputs or outputs. A link that closes a cycle is drawn but does not push columns.
    /// </summary>
    public static GraphLayoutResult Compute(IReadOnlyList<GraphBox> boxes, IReadOnlyList<GraphLink> links)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        ArgumentNullException.ThrowIfNull(links);
        return Place(LayoutGraph.Build(boxes, links));
    }

    private static GraphLayoutResult Place(LayoutGraph layout)
    {
        LayerOrdering.Apply(layout);
        var (width, height) = LayerPlacement.Apply(layout);
        return new GraphLayoutResult(
            layout.Inputs.Select(v => v.ToLaidOut()).ToArray(),
            layout.Nodes.Select(v => v.ToLaidOut()).ToArray(),
            layout.Outputs.Select(v => v.ToLaidOut()).ToArray(),
            EdgeRouting.Route(layout),
            width,
            height);
    }
}
