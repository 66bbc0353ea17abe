using ImageMagick;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Small image operations the composing nodes share: colours, fit-and-crop, opaque sRGB copies.</summary>
internal static class ImageCanvas
{
    /// <summary>A <c>#rrggbb</c> colour (already checked by the settings' <c>[Colour]</c> attribute) at an opacity of 0–100 %.</summary>
    public static MagickColor Colour(string hex, int opacityPercent = 100)
    {
        var colour = new MagickColor(hex);
        return new MagickColor(colour.R, colour.G, colour.B, (byte)Math.Round(255 * Math.Clamp(opacityPercent, 0, 100) / 100.0));
    }

    /// <summary>Scales the image to cover exactly <paramref name="width"/>×<paramref name="height"/>, then centre-crops the excess.</summary>
    public static void Cover(MagickImage image, uint width, uint height)
    {
        image.Resize(new MagickGeometry(width, height) { FillArea = true });
        image.Crop(width, height, Gravity.Center);
        image.ResetPage();
        if (image.Width != width || image.Height != height)
        {
            image.Extent(width, height, Gravity.Center);
        }
    }

    /// <summary>Scales the image to fit inside <paramref name="width"/>×<paramref name="height"/>, keeping its aspect ratio.</summary>
    public static void Fit(MagickImage image, uint width, uint height)
    {
        image.Resize(new MagickGeometry(width, height));
        image.ResetPage();
    }

    /// <summary>A new opaque sRGB image: <paramref name="image"/> laid over <paramref name="background"/> (transparency filled).</summary>
    public static MagickImage Opaque(MagickImage image, IMagickColor<byte> background)
    {
        var canvas = new MagickImage(background, image.Width, image.Height);
        try
        {
            canvas.Composite(image, CompositeOperator.Over);
            return canvas;
        }
        catch
        {
            canvas.Dispose();
            throw;
        }
    }

    /// <summary>Turns a greyscale image into sRGB so coloured drawing and overlays keep their colour.</summary>
    public static void EnsureColour(MagickImage image)
    {
        if (image.ColorSpace != ColorSpace.sRGB)
        {
            image.ColorSpace = ColorSpace.sRGB;
        }
    }
}
