using ImageMagick;

namespace MediaEngine.Pipelines.Media.Imaging;

/// <summary>Reads still images safely: the format is checked from the file's bytes and limits are enforced before decoding.</summary>
public interface IImageLoader
{
    /// <summary>
    /// Reads the first frame of an image with <see cref="MediaLimits"/> enforced BEFORE decoding (file size; dimensions
    /// from a ping) and again after, then turns it upright according to its EXIF orientation. The caller disposes the result.
    /// </summary>
    /// <exception cref="MediaInputException">
    /// Missing, corrupt, unsupported or over a limit; names the file and the reason, e.g.
    /// "it is 40000×40000 = 1.6 gigapixels, over the 100 megapixel limit (MediaEngine:Media:MaxPixels)".
    /// </exception>
    MagickImage Load(string path);

    /// <summary>
    /// Like <see cref="Load(string)"/>, for a caller that will shrink the image to fit within
    /// <paramref name="atLeast"/>×<paramref name="atLeast"/>: a JPEG is decoded at the smallest scale that keeps both
    /// sides at or above that size (libjpeg's DCT scaling), which is much faster and loses nothing the resize keeps.
    /// </summary>
    MagickImage Load(string path, uint atLeast);

    /// <summary>
    /// Dimensions and format without decoding pixels. Width and height are as displayed, i.e. after the EXIF
    /// orientation is applied, so they match what <see cref="Load"/> returns. Format is e.g. "JPEG", "PNG".
    /// </summary>
    /// <exception cref="MediaInputException">Missing, unsupported or unreadable header.</exception>
    (int Width, int Height, string Format) Ping(string path);
}
