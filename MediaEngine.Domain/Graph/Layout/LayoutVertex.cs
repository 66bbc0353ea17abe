namespace MediaEngine.Domain.Graph.Layout;

/// <summary>A box being laid out (mutable working state of <see cref="GraphLayout"/>; compared by reference).</summary>
internal sealed class LayoutVertex(LayoutVertexKind kind, string id, double width, double height)
{
    public LayoutVertexKind Kind { get; } = kind;

    public string Id { get; } = id;

    public double Width { get; } = width;

    public double Height { get; } = height;

    /// <summary>The column.</summary>
    public int Layer { get; set; }

    /// <summary>The index within the column, top to bottom.</summary>
    public int Order { get; set; }

    public double X { get; set; }

    public double CenterY { get; set; }

    /// <summary>Neighbours in earlier columns (one entry per edge).</summary>
    public List<LayoutVertex> Left { get; } = [];

    /// <summary>Neighbours in later columns (one entry per edge).</summary>
    public List<LayoutVertex> Right { get; } = [];

    public LaidOutNode ToLaidOut() => new(Id, Layer, X, CenterY - (Height / 2), Width, Height);
}
