using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Lays an overlay image (a logo) over an image: scaled to a share of its width, at a position, margin and opacity.</summary>
[PipelineNode("image.watermark", 1, NodeCategory.Image, "Watermark", "Place a logo or other overlay image on an image at a position, size and opacity.")]
[InputPort("image", PortKind.Image)]
[InputPort("overlay", PortKind.Image)]
[OutputPort("image", PortKind.Image)]
public sealed class WatermarkImageNode(IImageLoader images) : PipelineNode<WatermarkImageSettings>
{
    private const int EncoderQuality = 92;

    protected override Task<NodeOutputs> ExecuteAsync(NodeContext context, WatermarkImageSettings settings, CancellationToken cancellationToken)
    {
        var input = context.Input("image");
        using var image = images.Load(input.Path);
        using var overlay = images.Load(context.Input("overlay").Path);
        cancellationToken.ThrowIfCancellationRequested();
        Apply(image, overlay, settings);
        return Task.FromResult(NodeOutputs.Of(ImageWriter.Write(context, image, "image", ImageWriter.FormatOf(input), EncoderQuality, stripMetadata: false)));
    }

    internal static void Apply(MagickImage image, MagickImage overlay, WatermarkImageSettings settings)
    {
        var width = Math.Max(1u, (uint)Math.Round(image.Width * settings.Scale / 100.0));
        var height = Math.Max(1u, (uint)Math.Round((double)overlay.Height * width / overlay.Width));
        overlay.Resize(new MagickGeometry(width, height) { IgnoreAspectRatio = true });
        overlay.ResetPage();
        if (settings.Opacity < 100)
        {
            overlay.Alpha(AlphaOption.Set);
            overlay.Evaluate(Channels.Alpha, EvaluateOperator.Multiply, settings.Opacity / 100.0);
        }

        ImageCanvas.EnsureColour(image);
        var (x, y) = Place(settings.Position, image.Width, image.Height, width, height, settings.Margin);
        image.Composite(overlay, x, y, CompositeOperator.Over);
    }

    /// <summary>The overlay's top-left corner for a position; it may overhang when larger than the image.</summary>
    internal static (int X, int Y) Place(WatermarkPosition position, uint imageWidth, uint imageHeight, uint width, uint height, int margin)
    {
        var column = (int)position % 3;
        var row = (int)position / 3;
        return (Offset(column, imageWidth, width, margin), Offset(row, imageHeight, height, margin));
    }

    private static int Offset(int slot, uint outer, uint inner, int margin) => slot switch
    {
        0 => margin,
        1 => ((int)outer - (int)inner) / 2,
        _ => (int)outer - (int)inner - margin,
    };
}
