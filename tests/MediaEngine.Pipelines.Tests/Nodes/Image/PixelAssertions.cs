using ImageMagick;

namespace MediaEngine.Pipelines.Tests.Nodes.Image;

/// <summary>Reads pixels and compares colours with a small tolerance for 8-bit rounding.</summary>
public static class PixelAssertions
{
    public static (byte R, byte G, byte B) Rgb(this MagickImage image, int x, int y)
    {
        using var pixels = image.GetPixels();
        var colour = pixels.GetPixel(x, y).ToColor().ShouldNotBeNull();
        return (colour.R, colour.G, colour.B);
    }

    public static void ShouldBeColour(this MagickImage image, int x, int y, string hex, int tolerance = 1)
    {
        var expected = new MagickColor(hex);
        var (r, g, b) = image.Rgb(x, y);
        var message = $"pixel ({x},{y}) is ({r},{g},{b}), expected {hex}";
        Math.Abs(r - expected.R).ShouldBeLessThanOrEqualTo(tolerance, message);
        Math.Abs(g - expected.G).ShouldBeLessThanOrEqualTo(tolerance, message);
        Math.Abs(b - expected.B).ShouldBeLessThanOrEqualTo(tolerance, message);
    }

    /// <summary>How many pixels of a rectangle differ from <paramref name="hex"/> by more than <paramref name="tolerance"/> in a channel.</summary>
    public static int CountNot(this MagickImage image, string hex, int x, int y, int width, int height, int tolerance = 8)
    {
        var expected = new MagickColor(hex);
        using var pixels = image.GetPixels();
        var values = pixels.GetArea(x, y, (uint)width, (uint)height).ShouldNotBeNull();
        var channels = (int)image.ChannelCount;
        var count = 0;
        for (var i = 0; i < values.Length; i += channels)
        {
            if (Math.Abs(values[i] - expected.R) > tolerance || Math.Abs(values[i + 1] - expected.G) > tolerance || Math.Abs(values[i + 2] - expected.B) > tolerance)
            {
                count++;
            }
        }

        return count;
    }
}
