using ImageMagick;

namespace MediaEngine.Pipelines.Media.Imaging;

/// <summary>
/// Recognises the raster formats MediaEngine accepts from their first bytes. ImageMagick is then told the format,
/// so a file cannot steer it into a script-like or network coder (MSL, MVG, SVG, TEXT, URL…) by its name or content.
/// </summary>
internal static class ImageFormatSniffer
{
    public const string Accepted = "JPEG, PNG, GIF, WebP, BMP, TIFF, HEIC or AVIF";

    private const int HeaderLength = 32;

    public static MagickFormat? Detect(string fullPath)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        int read;
        using (var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None))
        {
            read = stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        }

        return Detect(header[..read]);
    }

    public static MagickFormat? Detect(ReadOnlySpan<byte> h)
    {
        if (h.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return MagickFormat.Jpeg;
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return MagickFormat.Png;
        }

        if (h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8))
        {
            return MagickFormat.Gif;
        }

        if (h.Length >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8))
        {
            return MagickFormat.WebP;
        }

        if (h.Length >= 14 && h.StartsWith("BM"u8))
        {
            return MagickFormat.Bmp;
        }

        if (h.StartsWith("II*\0"u8) || h.StartsWith("MM\0*"u8))
        {
            return MagickFormat.Tiff;
        }

        if (h.Length >= 12 && h[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = h[8..12];
            if (brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8))
            {
                return MagickFormat.Avif;
            }

            if (brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("heim"u8)
                || brand.SequenceEqual("heis"u8) || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("msf1"u8))
            {
                return MagickFormat.Heic;
            }
        }

        return null;
    }
}
