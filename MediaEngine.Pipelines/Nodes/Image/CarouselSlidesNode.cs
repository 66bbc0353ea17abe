using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Nodes.Io;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>
/// One carousel slide per table row (see <see cref="CarouselSlideNode"/> for the look): the title and body come from
/// named columns; when images are connected, row i uses image i mod count as its tinted background. Without a table,
/// one slide per image with no text. <see cref="CarouselSlidesSettings.SlideCount"/> caps the number of slides, and a
/// connected logo goes on every slide.
/// </summary>
[PipelineNode("image.carousel-slides", 1, NodeCategory.Image, "Carousel slides", "One slide per table row (or per photo without a table), with the title and body taken from its columns, over a colour or the connected photos in turn, with an optional logo.")]
[InputPort("rows", PortKind.Data, Optional = true)]
[InputPort("images", PortKind.ImageSet, Optional = true, Multiple = true)]
[InputPort("logo", PortKind.Image, Optional = true)]
[OutputPort("slides", PortKind.ImageSet)]
public sealed class CarouselSlidesNode(IImageLoader images) : PipelineNode<CarouselSlidesSettings>
{
    /// <summary>The most slides one run makes.</summary>
    public const int MaxSlides = 10_000;

    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, CarouselSlidesSettings settings, CancellationToken cancellationToken)
    {
        var photos = context.Inputs("images");
        var texts = context.Inputs("rows").Count > 0 ? await TextsAsync(context, settings, cancellationToken) : null;
        if (texts is null && photos.Count == 0)
        {
            throw new InvalidOperationException("Carousel slides need a table of rows, photos, or both; nothing is connected to 'rows' or 'images'.");
        }

        var count = texts?.Count ?? photos.Count;
        count = settings.SlideCount > 0 ? Math.Min(count, settings.SlideCount) : count;
        var fonts = SlideRenderer.Fonts(settings);
        using var logo = SlideRenderer.LoadLogo(images, context.Inputs("logo"));
        var outputs = new NodeOutputs();
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (title, body) = texts?[i] ?? (string.Empty, string.Empty);
            var photo = photos.Count > 0 ? photos[i % photos.Count].Path : null;
            using var slide = SlideRenderer.Render(images, photo, settings, fonts, title, body, logo, texts is null ? $"Slide {i + 1}" : $"Row {i + 1}");
            outputs.Add(ImageWriter.Write(context, slide, "slides", ImageFormat.Png, 95) with { Kind = PortKind.ImageSet });
            context.ReportProgress(100.0 * (i + 1) / count, $"slide {i + 1} of {count}");
        }

        return outputs;
    }

    /// <summary>Each row's title and body, from the columns the settings name.</summary>
    private static async Task<List<(string Title, string Body)>> TextsAsync(NodeContext context, CarouselSlidesSettings settings, CancellationToken cancellationToken)
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

        return [.. table.Rows.Select(row => (row[titleColumn], bodyColumn is null ? string.Empty : row[bodyColumn]))];
    }

    private static string? Find(TableReader.Table table, string column) =>
        table.Columns.FirstOrDefault(c => string.Equals(c, column.Trim(), StringComparison.OrdinalIgnoreCase));
}
