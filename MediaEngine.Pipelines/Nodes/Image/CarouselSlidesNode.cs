using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Nodes.Io;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>
/// One carousel slide per table row (see <see cref="CarouselSlideNode"/> for the look): the title and body come from
/// named columns; when images are connected, row i uses image i mod count as its tinted background.
/// </summary>
[PipelineNode("image.carousel-slides", 1, NodeCategory.Image, "Carousel slides", "One slide per table row, with the title and body taken from its columns, over a colour or the connected photos in turn.")]
[InputPort("rows", PortKind.Data)]
[InputPort("images", PortKind.ImageSet, Optional = true, Multiple = true)]
[OutputPort("slides", PortKind.ImageSet)]
public sealed class CarouselSlidesNode(IImageLoader images) : PipelineNode<CarouselSlidesSettings>
{
    /// <summary>The most slides one run makes.</summary>
    public const int MaxSlides = 10_000;

    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, CarouselSlidesSettings settings, CancellationToken cancellationToken)
    {
        var source = context.Input("rows");
        var name = source.Name ?? "rows.json";
        var table = TableReader.ReadJson(await File.ReadAllTextAsync(source.Path, cancellationToken), name, MaxSlides);
        var titleColumn = Find(table, settings.TitleColumn)
            ?? throw new InvalidOperationException(
                $"The table has no column '{settings.TitleColumn}' for the slide titles; its columns are: {string.Join(", ", table.Columns.Select(c => $"'{c}'"))}. Set 'titleColumn' to one of them.");
        var bodyColumn = string.IsNullOrWhiteSpace(settings.BodyColumn) ? null : Find(table, settings.BodyColumn);
        if (bodyColumn is null && !string.IsNullOrWhiteSpace(settings.BodyColumn))
        {
            context.Log($"The table has no column '{settings.BodyColumn}'; the slides have titles only.");
        }

        var family = TextRenderer.ResolveFamily(settings.Font);
        var photos = context.Inputs("images");
        var outputs = new NodeOutputs();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = table.Rows[i];
            var photo = photos.Count > 0 ? photos[i % photos.Count].Path : null;
            using var slide = SlideRenderer.Render(
                images, photo, settings, family, row[titleColumn], bodyColumn is null ? string.Empty : row[bodyColumn], $"Row {i + 1}");
            outputs.Add(ImageWriter.Write(context, slide, "slides", ImageFormat.Png, 95) with { Kind = PortKind.ImageSet });
            context.ReportProgress(100.0 * (i + 1) / table.Rows.Count, $"slide {i + 1} of {table.Rows.Count}");
        }

        return outputs;
    }

    private static string? Find(TableReader.Table table, string column) =>
        table.Columns.FirstOrDefault(c => string.Equals(c, column.Trim(), StringComparison.OrdinalIgnoreCase));
}
