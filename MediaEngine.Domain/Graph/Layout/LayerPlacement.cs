namespace MediaEngine.Domain.Graph.Layout;

/// <summary>
/// Gives every box its coordinates once the columns are ordered. Columns sit side by side (empty ones take no room).
/// Within a column a box is pulled towards the mean height of its neighbours (predecessors first; boxes without any
/// towards their successors), and overlaps are resolved by least-squares isotonic regression, which keeps the order
/// and the gaps while moving boxes as little as possible: a chain is drawn straight, parallel branches are
/// spread evenly around their source.
/// </summary>
internal static class LayerPlacement
{
    /// <summary>Places every box and returns the size of the drawing, margins included.</summary>
    public static (double Width, double Height) Apply(LayoutGraph layout)
    {
        var columns = layout.Layers.Where(c => c.Count > 0).ToList();
        if (columns.Count == 0)
        {
            return (2 * GraphLayout.Margin, 2 * GraphLayout.Margin);
        }

        var x = GraphLayout.Margin;
        foreach (var column in columns)
        {
            var width = column.Max(v => v.Width);
            foreach (var vertex in column)
            {
                vertex.X = x + ((width - vertex.Width) / 2);
            }

            x += width + GraphLayout.ColumnGap;
        }

        foreach (var column in columns)
        {
            Place(column, _ => 0);
        }

        foreach (var column in columns)
        {
            Place(column, v => v.Left.Count > 0 ? v.Left.Average(n => n.CenterY) : v.CenterY);
        }

        for (var i = columns.Count - 1; i >= 0; i--)
        {
            Place(columns[i], v => v.Left.Count == 0 && v.Right.Count > 0 ? v.Right.Average(n => n.CenterY) : v.CenterY);
        }

        foreach (var column in columns)
        {
            Place(column, v => v.Left.Count > 0 ? v.Left.Average(n => n.CenterY) : v.CenterY);
        }

        var all = columns.SelectMany(c => c).ToList();
        var shift = GraphLayout.Margin - all.Min(v => v.CenterY - (v.Height / 2));
        foreach (var vertex in all)
        {
            vertex.CenterY += shift;
        }

        var height = all.Max(v => v.CenterY + (v.Height / 2)) + GraphLayout.Margin;
        return (x - GraphLayout.ColumnGap + GraphLayout.Margin, height);
    }

    /// <summary>
    /// Sets the centres of the column's boxes as close as possible (least squares) to the desired ones while keeping
    /// their order and at least <see cref="GraphLayout.RowGap"/> between neighbours (pool-adjacent-violators).
    /// </summary>
    private static void Place(List<LayoutVertex> column, Func<LayoutVertex, double> desired)
    {
        var count = column.Count;
        var offsets = new double[count];
        for (var i = 1; i < count; i++)
        {
            offsets[i] = offsets[i - 1] + ((column[i - 1].Height + column[i].Height) / 2) + GraphLayout.RowGap;
        }

        var targets = column.Select((v, i) => desired(v) - offsets[i]).ToArray();
        var blocks = new List<(double Sum, int Count)>(count);
        foreach (var target in targets)
        {
            blocks.Add((target, 1));
            while (blocks.Count > 1 && Mean(blocks[^2]) > Mean(blocks[^1]))
            {
                var merged = (blocks[^2].Sum + blocks[^1].Sum, blocks[^2].Count + blocks[^1].Count);
                blocks.RemoveAt(blocks.Count - 1);
                blocks[^1] = merged;
            }
        }

        var index = 0;
        foreach (var block in blocks)
        {
            for (var i = 0; i < block.Count; i++, index++)
            {
                column[index].CenterY = Mean(block) + offsets[index];
            }
        }
    }

    private static double Mean((double Sum, int Count) block) => block.Sum / block.Count;
}
