using System.Globalization;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Refuses to make an image larger than <see cref="MediaLimits"/> allows, before any pixels are made.</summary>
internal static class OutputLimits
{
    /// <param name="what">What would be made, starting a sentence, e.g. "The upscaled image".</param>
    /// <param name="advice">What to do about it, e.g. "choose a smaller factor".</param>
    public static void Check(MediaLimits limits, long width, long height, string what, string advice)
    {
        var pixels = width * height;
        if (pixels > limits.MaxPixels)
        {
            throw new InvalidOperationException(
                $"{what} would be {width}×{height} = {ImageLoader.FormatPixels(pixels, asLimit: false)}, over the " +
                $"{ImageLoader.FormatPixels(limits.MaxPixels, asLimit: true)} limit ({MediaLimits.KeyOf(nameof(MediaLimits.MaxPixels))}); {advice}.");
        }

        if (width > limits.MaxImageDimension || height > limits.MaxImageDimension)
        {
            throw new InvalidOperationException(
                $"{what} would be {width}×{height}, and a side longer than {limits.MaxImageDimension.ToString("N0", CultureInfo.InvariantCulture)} " +
                $"pixels is refused ({MediaLimits.KeyOf(nameof(MediaLimits.MaxImageDimension))}); {advice}.");
        }
    }
}
