using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>
/// A 1080-wide social-media slide: a solid background (or a connected photo, fitted, cropped and tinted with the
/// background colour), then the style's accent, a bold title and body text, left-aligned and centred vertically as a
/// block, and a connected logo in the bottom-right corner.
/// </summary>
[PipelineNode("image.carousel-slide", 1, NodeCategory.Image, "Carousel slide", "A square, portrait or story slide with an accent bar, title and body text over a colour or photo.")]
[InputPort("image", PortKind.Image, Optional = true)]
[InputPort("logo", PortKind.Image, Optional = true)]
[OutputPort("image", PortKind.Image)]
public sealed class CarouselSlideNode(IImageLoader images) : PipelineNode<CarouselSlideSettings>
{
    internal const int Width = 1080;
    internal const int Margin = 96;
    internal const int BarWidth = 160;
    internal const int BarHeight = 14;
    internal const int TitleSize = 80;
    internal const int BodySize = 44;
    internal const int Gap = 40;

    /// <summary>How much of the background colour is laid over a photo.</summary>
    internal const int PhotoTintPercent = 40;

    protected override Task<NodeOutputs> ExecuteAsync(NodeContext context, CarouselSlideSettings settings, CancellationToken cancellationToken)
    {
        var fonts = SlideRenderer.Fonts(settings);
        var photo = context.Inputs("image");
        cancellationToken.ThrowIfCancellationRequested();
        using var logo = SlideRenderer.LoadLogo(images, context.Inputs("logo"));
        using var slide = SlideRenderer.Render(images, photo.Count > 0 ? photo[0].Path : null, settings, fonts, settings.Title, settings.Body, logo, where: null);
        return Task.FromResult(NodeOutputs.Of(ImageWriter.Write(context, slide, "image", ImageFormat.Png, 95)));
    }

    internal static int HeightOf(SlideAspect aspect) => aspect switch
    {
        SlideAspect.Square => 1080,
        SlideAspect.Story => 1920,
        _ => 1350,
    };

    /// <summary>The top of the accent bar: the bar, title and body are centred vertically as one block.</summary>
    internal static double ContentTop(double contentHeight, int slideHeight) => Math.Round((slideHeight - contentHeight) / 2);
}
