using System.Buffers.Binary;
using ImageMagick;
using ImageMagick.Drawing;

namespace MediaEngine.Pipelines.Tests.Media.TestSupport;

/// <summary>Images made with Magick.NET for the image tests.</summary>
public static class TestImages
{
    public static string Solid(string path, uint width, uint height, IMagickColor<byte> colour, MagickFormat format)
    {
        using var image = new MagickImage(colour, width, height);
        image.Write(path, format);
        return path;
    }

    /// <summary>A JPEG whose left half is red and right half blue, tagged with an EXIF orientation.</summary>
    public static string LeftRightWithOrientation(string path, uint width, uint height, ushort orientation)
    {
        using var image = new MagickImage(MagickColors.Red, width, height);
        image.Draw(new Drawables().FillColor(MagickColors.Blue).Rectangle(width / 2.0, 0, width, height));
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, orientation);
        image.SetProfile(exif);
        image.Orientation = (OrientationType)orientation;
        image.Write(path, MagickFormat.Jpeg);

        using var check = new MagickImage();
        check.Ping(path);
        if (check.Orientation != (OrientationType)orientation)
        {
            throw new InvalidOperationException($"The test JPEG did not keep EXIF orientation {orientation} (got {check.Orientation}).");
        }

        return path;
    }

    /// <summary>A real 1×1 PNG whose IHDR chunk is rewritten (with a valid CRC) to claim another size.</summary>
    public static string PngWithFakeSize(string path, uint width, uint height)
    {
        using var image = new MagickImage(MagickColors.White, 1, 1);
        var png = image.ToByteArray(MagickFormat.Png);

        // Signature (8) + length (4) + "IHDR" (4), then width and height, then 5 more bytes and the CRC.
        const int typeStart = 12;
        const int dataStart = 16;
        const int crcStart = dataStart + 13;
        System.Text.Encoding.ASCII.GetString(png, typeStart, 4).ShouldBe("IHDR");
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(dataStart), width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(dataStart + 4), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(crcStart), Crc32(png.AsSpan(typeStart, crcStart - typeStart)));
        File.WriteAllBytes(path, png);
        return path;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
