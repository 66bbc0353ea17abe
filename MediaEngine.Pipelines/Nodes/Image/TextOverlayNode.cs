using ImageMagick;
using ImageMagick.Drawing;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Draws wrapped, centred text over an image, optionally on a translucent box, at the top, centre or bottom.</summary>
[PipelineNode("image.text", 1, NodeCategory.Image, "Text", "Write text over an image, wrapped to a width, optionally on a translucent box.")]
[InputPort("image", PortKind.Image)]
[OutputPort("image", PortKind.Image)]
public sealed class TextOverlayNode(IImageLoader images) : PipelineNode<TextOverlaySettings>
{
    private const int EncoderQuality = 92;

    protected override Task<NodeOutputs> ExecuteAsync(NodeContext context, TextOverlaySettings settings, CancellationToken cancellationToken)
    {
        var family = TextRenderer.ResolveFamily(settings.Font);
        var input = context.Input("image");
        using var image = images.Load(input.Path);
        cancellationToken.ThrowIfCancellationRequested();
        var block = Draw(image, settings, family);
        if (block.Height > image.Height)
        {
            context.Log($"The text needs {block.Height:0} pixels of height but the image has {image.Height}; it is cut off.");
        }

        return Task.FromResult(NodeOutputs.Of(ImageWriter.Write(context, image, "image", ImageWriter.FormatOf(input), EncoderQuality, stripMetadata: false)));
    }

    /// <summary>The padding around text inside its box.</summary>
    internal static double PaddingOf(TextOverlaySettings settings) => settings.Box ? Math.Round(settings.Size / 3.0) : 0;

    internal static TextBlock Draw(MagickImage image, TextOverlaySettings settings, string family)
    {
        ImageCanvas.EnsureColour(image);
        var padding = PaddingOf(settings);
        var boxWidth = Math.Min(image.Width * settings.MaxWidthPercent / 100.0, image.Width);
        var block = TextRenderer.Layout(settings.Text, family, settings.Size, FontWeight.Normal, Math.Max(1, boxWidth - (2 * padding)));
        var outer = block.Height + (2 * padding);
        var top = settings.Placement switch
        {
            TextPlacement.Top => settings.Margin,
            TextPlacement.Center => (image.Height - outer) / 2,
            _ => image.Height - settings.Margin - outer,
        };
        var centre = image.Width / 2.0;
        if (settings.Box && settings.BoxOpacity > 0)
        {
            var half = (block.Width / 2) + padding;
            image.Draw(new Drawables()
                .FillColor(ImageCanvas.Colour(settings.BoxColour, settings.BoxOpacity))
                .Rectangle(Math.Round(centre - half), Math.Round(top), Math.Round(centre + half), Math.Round(top + outer)));
        }

        TextRenderer.Draw(image, block, centre, top + padding, ImageCanvas.Colour(settings.Colour), centred: true);
        return block;
    }
}
