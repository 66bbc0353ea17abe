using ImageMagick;
using ImageMagick.Drawing;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>
/// Draws a carousel slide (the layout constants live on <see cref="CarouselSlideNode"/>) for the single-slide and
/// the slide-set nodes alike: background or tinted photo, the style's accent, title, body and, when given, the logo in
/// the bottom-right corner. The caller disposes the returned image.
/// </summary>
internal static class SlideRenderer
{
    /// <summary>The largest side of a logo on a slide, in pixels.</summary>
    internal const int LogoSize = 160;

    /// <summary>Makes a slide: the photo at <paramref name="photoPath"/> (covered and tinted) or a solid background, then accent, title, body and logo.</summary>
    /// <param name="fonts">The resolved title and body font families.</param>
    /// <param name="logo">The logo, already fitted within <see cref="LogoSize"/> (see <see cref="LoadLogo"/>); null for none.</param>
    /// <param name="where">How the caller names this slide in an error, e.g. "Row 3"; null for a single slide.</param>
    public static MagickImage Render(
        IImageLoader images, string? photoPath, SlideLook look, (string Title, string Body) fonts, string title, string body, MagickImage? logo, string? where)
    {
        var height = CarouselSlideNode.HeightOf(look.Aspect);
        var slide = photoPath is null
            ? new MagickImage(ImageCanvas.Colour(look.Background), CarouselSlideNode.Width, (uint)height)
            : PhotoBackground(images, photoPath, height, look.Background);
        try
        {
            DrawContent(slide, look, fonts, title, body, where);
            if (logo is not null)
            {
                slide.Composite(logo, (int)(slide.Width - logo.Width) - CarouselSlideNode.Margin / 2, (int)(slide.Height - logo.Height) - CarouselSlideNode.Margin / 2, CompositeOperator.Over);
            }

            return slide;
        }
        catch
        {
            slide.Dispose();
            throw;
        }
    }

    /// <summary>The title and body font families of <paramref name="look"/>, checked to be installed (an empty body font means the title's).</summary>
    public static (string Title, string Body) Fonts(SlideLook look)
    {
        var title = TextRenderer.ResolveFamily(look.Font);
        return (title, string.IsNullOrWhiteSpace(look.BodyFont) ? title : TextRenderer.ResolveFamily(look.BodyFont));
    }

    /// <summary>The first image on the logo port, fitted within <see cref="LogoSize"/>; null when nothing is connected.</summary>
    public static MagickImage? LoadLogo(IImageLoader images, IReadOnlyList<Abstractions.ArtifactRef> logo)
    {
        if (logo.Count == 0)
        {
            return null;
        }

        var image = images.Load(logo[0].Path, LogoSize);
        ImageCanvas.EnsureColour(image);
        ImageCanvas.Fit(image, LogoSize, LogoSize);
        return image;
    }

    private static MagickImage PhotoBackground(IImageLoader images, string path, int height, string background)
    {
        const int width = CarouselSlideNode.Width;
        using var photo = images.Load(path, (uint)Math.Max(width, height));
        ImageCanvas.Cover(photo, width, (uint)height);
        var slide = ImageCanvas.Opaque(photo, ImageCanvas.Colour(background));
        slide.Draw(new Drawables().FillColor(ImageCanvas.Colour(background, CarouselSlideNode.PhotoTintPercent)).Rectangle(0, 0, width, height));
        return slide;
    }

    private static void DrawContent(MagickImage slide, SlideLook look, (string Title, string Body) fonts, string titleText, string bodyText, string? where)
    {
        const int margin = CarouselSlideNode.Margin;
        const int gap = CarouselSlideNode.Gap;
        const int textWidth = CarouselSlideNode.Width - (2 * margin);
        var (barWidth, barHeight, titleSize) = look.Style switch
        {
            SlideStyle.Bold => (textWidth, CarouselSlideNode.BarHeight * 2, CarouselSlideNode.TitleSize * 6 / 5),
            SlideStyle.Minimal => (0, 0, CarouselSlideNode.TitleSize),
            _ => (CarouselSlideNode.BarWidth, CarouselSlideNode.BarHeight, CarouselSlideNode.TitleSize),
        };
        var title = TextRenderer.Layout(titleText, fonts.Title, titleSize, FontWeight.Bold, textWidth);
        var body = TextRenderer.Layout(bodyText, fonts.Body, CarouselSlideNode.BodySize, FontWeight.Normal, textWidth);
        var titleHeight = titleText.Trim().Length == 0 ? 0 : title.Height;
        var bodyHeight = bodyText.Trim().Length == 0 ? 0 : body.Height;
        var barBlock = barHeight == 0 ? 0 : barHeight + gap;
        var contentHeight = barBlock + titleHeight + (titleHeight > 0 && bodyHeight > 0 ? gap : 0) + bodyHeight;
        var slideHeight = (int)slide.Height;
        if (contentHeight > slideHeight - (2 * margin))
        {
            throw new InvalidOperationException(
                $"{(where is null ? "The" : $"{where}: the")} title and body need {contentHeight:0} pixels of height but a {look.Aspect} slide has room for {slideHeight - (2 * margin)}; shorten the text or choose a taller aspect.");
        }

        var top = CarouselSlideNode.ContentTop(contentHeight, slideHeight);
        if (barHeight > 0)
        {
            slide.Draw(new Drawables().FillColor(ImageCanvas.Colour(look.Accent))
                .Rectangle(margin, top, margin + barWidth - 1, top + barHeight - 1));
        }

        var colour = ImageCanvas.Colour(look.TextColour);
        var y = top + barBlock;
        if (titleHeight > 0)
        {
            TextRenderer.Draw(slide, title, margin, y, look.Style == SlideStyle.Minimal ? ImageCanvas.Colour(look.Accent) : colour, centred: false);
            y += titleHeight + gap;
        }

        if (bodyHeight > 0)
        {
            TextRenderer.Draw(slide, body, margin, y, colour, centred: false);
        }
    }
}
