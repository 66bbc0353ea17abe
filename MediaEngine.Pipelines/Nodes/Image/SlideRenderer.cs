using ImageMagick;
using ImageMagick.Drawing;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>
/// Draws a carousel slide (the layout constants live on <see cref="CarouselSlideNode"/>) for the single-slide and
/// the slide-set nodes alike. The caller disposes the returned image.
/// </summary>
internal static class SlideRenderer
{
    /// <summary>Makes a slide: the photo at <paramref name="photoPath"/> (covered and tinted) or a solid background, then bar, title and body.</summary>
    /// <param name="where">How the caller names this slide in an error, e.g. "Row 3"; null for a single slide.</param>
    public static MagickImage Render(
        IImageLoader images, string? photoPath, SlideLook look, string family, string title, string body, string? where)
    {
        var height = CarouselSlideNode.HeightOf(look.Aspect);
        var slide = photoPath is null
            ? new MagickImage(ImageCanvas.Colour(look.Background), CarouselSlideNode.Width, (uint)height)
            : PhotoBackground(images, photoPath, height, look.Background);
        try
        {
            DrawContent(slide, look, family, title, body, where);
            return slide;
        }
        catch
        {
            slide.Dispose();
            throw;
        }
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

    private static void DrawContent(MagickImage slide, SlideLook look, string family, string titleText, string bodyText, string? where)
    {
        const int margin = CarouselSlideNode.Margin;
        const int gap = CarouselSlideNode.Gap;
        const int barHeight = CarouselSlideNode.BarHeight;
        const int textWidth = CarouselSlideNode.Width - (2 * margin);
        var title = TextRenderer.Layout(titleText, family, CarouselSlideNode.TitleSize, FontWeight.Bold, textWidth);
        var body = TextRenderer.Layout(bodyText, family, CarouselSlideNode.BodySize, FontWeight.Normal, textWidth);
        var titleHeight = titleText.Trim().Length == 0 ? 0 : title.Height;
        var bodyHeight = bodyText.Trim().Length == 0 ? 0 : body.Height;
        var contentHeight = barHeight + gap + titleHeight + (titleHeight > 0 && bodyHeight > 0 ? gap : 0) + bodyHeight;
        var slideHeight = (int)slide.Height;
        if (contentHeight > slideHeight - (2 * margin))
        {
            throw new InvalidOperationException(
                $"{(where is null ? "The" : $"{where}: the")} title and body need {contentHeight:0} pixels of height but a {look.Aspect} slide has room for {slideHeight - (2 * margin)}; shorten the text or choose a taller aspect.");
        }

        var top = CarouselSlideNode.ContentTop(contentHeight, slideHeight);
        slide.Draw(new Drawables().FillColor(ImageCanvas.Colour(look.Accent))
            .Rectangle(margin, top, margin + CarouselSlideNode.BarWidth - 1, top + barHeight - 1));
        var colour = ImageCanvas.Colour(look.TextColour);
        var y = top + barHeight + gap;
        if (titleHeight > 0)
        {
            TextRenderer.Draw(slide, title, margin, y, colour, centred: false);
            y += titleHeight + gap;
        }

        if (bodyHeight > 0)
        {
            TextRenderer.Draw(slide, body, margin, y, colour, centred: false);
        }
    }
}
