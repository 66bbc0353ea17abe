using ImageMagick;
using ImageMagick.Drawing;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>
/// A 1080-wide social-media slide: a solid background (or a connected photo, fitted, cropped and tinted with the
/// background colour), then an accent bar, a bold title and body text, left-aligned and centred vertically as a block.
/// </summary>
[PipelineNode("image.carousel-slide", 1, NodeCategory.Image, "Carousel slide", "A square, portrait or story slide with an accent bar, title and body text over a colour or photo.")]
[InputPort("image", PortKind.Image, Optional = true)]
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
        var family = TextRenderer.ResolveFamily(settings.Font);
        var height = HeightOf(settings.Aspect);
        var photo = context.Inputs("image");
        using var slide = photo.Count > 0 ? PhotoBackground(photo[0].Path, height, settings.Background) : new MagickImage(ImageCanvas.Colour(settings.Background), Width, (uint)height);
        cancellationToken.ThrowIfCancellationRequested();
        DrawContent(slide, settings, family);
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

    private MagickImage PhotoBackground(string path, int height, string background)
    {
        using var photo = images.Load(path, (uint)Math.Max(Width, height));
        ImageCanvas.Cover(photo, Width, (uint)height);
        var slide = ImageCanvas.Opaque(photo, ImageCanvas.Colour(background));
        slide.Draw(new Drawables().FillColor(ImageCanvas.Colour(background, PhotoTintPercent)).Rectangle(0, 0, Width, height));
        return slide;
    }

    private static void DrawContent(MagickImage slide, CarouselSlideSettings settings, string family)
    {
        var textWidth = Width - (2 * Margin);
        var title = TextRenderer.Layout(settings.Title, family, TitleSize, FontWeight.Bold, textWidth);
        var body = TextRenderer.Layout(settings.Body, family, BodySize, FontWeight.Normal, textWidth);
        var titleHeight = settings.Title.Trim().Length == 0 ? 0 : title.Height;
        var bodyHeight = settings.Body.Trim().Length == 0 ? 0 : body.Height;
        var contentHeight = BarHeight + Gap + titleHeight + (titleHeight > 0 && bodyHeight > 0 ? Gap : 0) + bodyHeight;
        var slideHeight = (int)slide.Height;
        if (contentHeight > slideHeight - (2 * Margin))
        {
            throw new InvalidOperationException(
                $"The title and body need {contentHeight:0} pixels of height but a {settings.Aspect} slide has room for {slideHeight - (2 * Margin)}; shorten the text or choose a taller aspect.");
        }

        var top = ContentTop(contentHeight, slideHeight);
        slide.Draw(new Drawables().FillColor(ImageCanvas.Colour(settings.Accent)).Rectangle(Margin, top, Margin + BarWidth - 1, top + BarHeight - 1));
        var colour = ImageCanvas.Colour(settings.TextColour);
        var y = top + BarHeight + Gap;
        if (titleHeight > 0)
        {
            TextRenderer.Draw(slide, title, Margin, y, colour, centred: false);
            y += titleHeight + Gap;
        }

        if (bodyHeight > 0)
        {
            TextRenderer.Draw(slide, body, Margin, y, colour, centred: false);
        }
    }
}
