using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Imaging;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Lays images out in a grid, left to right and top to bottom, each fitted and centred in a square tile.</summary>
[PipelineNode("image.contact-sheet", 1, NodeCategory.Image, "Contact sheet", "A grid of all the images, each fitted into a square tile.")]
[InputPort("images", PortKind.ImageSet, Multiple = true)]
[OutputPort("image", PortKind.Image)]
public sealed class ContactSheetNode(IImageLoader images, IOptions<MediaLimits> limits) : PipelineNode<ContactSheetSettings>
{
    private const int EncoderQuality = 90;

    protected override Task<NodeOutputs> ExecuteAsync(NodeContext context, ContactSheetSettings settings, CancellationToken cancellationToken)
    {
        var inputs = context.Inputs("images");
        if (inputs.Count == 0)
        {
            throw new InvalidOperationException("The contact sheet received no images.");
        }

        var columns = Math.Min(settings.Columns, inputs.Count);
        var rows = (inputs.Count + columns - 1) / columns;
        var (width, height) = (Extent(columns, settings), Extent(rows, settings));
        OutputLimits.Check(limits.Value, width, height, $"The contact sheet of {inputs.Count} images",
            "use more columns, smaller tiles or fewer images");

        using var sheet = new MagickImage(ImageCanvas.Colour(settings.Background), (uint)width, (uint)height);
        var tile = (uint)settings.TileSize;
        for (var i = 0; i < inputs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var image = images.Load(inputs[i].Path, tile);
            ImageCanvas.Fit(image, tile, tile);
            var (left, top) = TileOrigin(i, columns, settings);
            sheet.Composite(image, left + (int)((tile - image.Width) / 2), top + (int)((tile - image.Height) / 2), CompositeOperator.Over);
            context.ReportProgress(100.0 * (i + 1) / inputs.Count, $"{i + 1} of {inputs.Count}");
        }

        return Task.FromResult(NodeOutputs.Of(ImageWriter.Write(context, sheet, "image", settings.Format, EncoderQuality)));
    }

    /// <summary>The top-left corner of tile <paramref name="index"/>.</summary>
    internal static (int Left, int Top) TileOrigin(int index, int columns, ContactSheetSettings settings)
    {
        var step = settings.TileSize + settings.Spacing;
        return (settings.Spacing + (index % columns * step), settings.Spacing + (index / columns * step));
    }

    private static long Extent(int tiles, ContactSheetSettings settings) =>
        ((long)tiles * settings.TileSize) + ((long)(tiles + 1) * settings.Spacing);
}
