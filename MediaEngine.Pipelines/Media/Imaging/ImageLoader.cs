using System.Globalization;
using ImageMagick;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Media.Imaging;

/// <summary>Magick.NET image reading with decompression-bomb limits from <see cref="MediaLimits"/>.</summary>
public sealed class ImageLoader(IOptions<MediaLimits> limits) : IImageLoader
{
    private readonly MediaLimits _limits = limits.Value;

    /// <inheritdoc />
    public MagickImage Load(string path) => Load(path, atLeast: 0);

    /// <inheritdoc />
    public MagickImage Load(string path, uint atLeast)
    {
        var (fullPath, format) = Inspect(path);
        var length = new FileInfo(fullPath).Length;
        if (length > _limits.MaxFileBytes)
        {
            throw new MediaInputException(path,
                $"it is {FormatBytes(length)}, over the {FormatBytes(_limits.MaxFileBytes)} limit ({MediaLimits.KeyOf(nameof(MediaLimits.MaxFileBytes))})");
        }

        var info = ReadInfo(path, fullPath, format);
        EnforceDimensions(path, info.Width, info.Height);

        MagickImage? image = null;
        try
        {
            var settings = new MagickReadSettings { Format = format, FrameIndex = 0, FrameCount = 1 };
            if (atLeast > 0 && format == MagickFormat.Jpeg)
            {
                // A square hint, so it holds whichever way the EXIF orientation turns the image.
                settings.SetDefine(MagickFormat.Jpeg, "size", $"{atLeast}x{atLeast}");
            }

            image = new MagickImage(fullPath, settings);
            EnforceDimensions(path, image.Width, image.Height);
            image.AutoOrient();
            return image;
        }
        catch (MagickException ex)
        {
            image?.Dispose();
            throw new MediaInputException(path, $"it is not a readable {FormatName(format)} image: {CleanMessage(ex, fullPath)}", ex);
        }
        catch
        {
            image?.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public (int Width, int Height, string Format) Ping(string path)
    {
        var (fullPath, format) = Inspect(path);
        var info = ReadInfo(path, fullPath, format);
        var width = ToInt(path, info.Width);
        var height = ToInt(path, info.Height);
        var quarterTurned = info.Orientation is OrientationType.LeftTop or OrientationType.RightTop
            or OrientationType.RightBottom or OrientationType.LeftBottom;
        return quarterTurned ? (height, width, FormatName(format)) : (width, height, FormatName(format));
    }

    private static (string FullPath, MagickFormat Format) Inspect(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new MediaInputException(path, Directory.Exists(fullPath) ? "it is a folder, not a file" : "it does not exist");
        }

        MagickFormat? format;
        try
        {
            format = ImageFormatSniffer.Detect(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new MediaInputException(path, $"it cannot be opened: {ex.Message}", ex);
        }

        return format is { } known
            ? (fullPath, known)
            : throw new MediaInputException(path, $"it is not a supported image (expected {ImageFormatSniffer.Accepted}), or it is corrupt");
    }

    private static MagickImageInfo ReadInfo(string path, string fullPath, MagickFormat format)
    {
        try
        {
            return new MagickImageInfo(fullPath, new MagickReadSettings { Format = format, FrameIndex = 0, FrameCount = 1 });
        }
        catch (MagickException ex)
        {
            throw new MediaInputException(path, $"it is not a readable {FormatName(format)} image: {CleanMessage(ex, fullPath)}", ex);
        }
    }

    private void EnforceDimensions(string path, uint width, uint height)
    {
        if (width == 0 || height == 0)
        {
            throw new MediaInputException(path, $"it reports an empty size ({width}×{height})");
        }

        var pixels = (long)width * height;
        if (pixels > _limits.MaxPixels)
        {
            throw new MediaInputException(path,
                $"it is {width}×{height} = {FormatPixels(pixels, asLimit: false)}, over the {FormatPixels(_limits.MaxPixels, asLimit: true)} limit ({MediaLimits.KeyOf(nameof(MediaLimits.MaxPixels))})");
        }

        if (width > _limits.MaxImageDimension || height > _limits.MaxImageDimension)
        {
            throw new MediaInputException(path,
                $"it is {width}×{height}, and a side longer than {_limits.MaxImageDimension.ToString("N0", CultureInfo.InvariantCulture)} pixels is refused ({MediaLimits.KeyOf(nameof(MediaLimits.MaxImageDimension))})");
        }
    }

    private static int ToInt(string path, uint value) =>
        value is > 0 and <= int.MaxValue ? (int)value : throw new MediaInputException(path, $"it reports an impossible size ({value} pixels)");

    private static string FormatName(MagickFormat format) => format.ToString().ToUpperInvariant();

    private static string CleanMessage(MagickException ex, string fullPath)
    {
        // ImageMagick appends "`/full/path' @ error/coder.c/Function/123"; keep the reason, hide the folder.
        var message = ex.Message;
        var at = message.IndexOf(" @ ", StringComparison.Ordinal);
        if (at > 0)
        {
            message = message[..at];
        }

        return message.Replace(fullPath, Path.GetFileName(fullPath), StringComparison.Ordinal).Trim();
    }

    internal static string FormatPixels(long pixels, bool asLimit)
    {
        var (value, unit) = pixels switch
        {
            >= 1_000_000_000 => (pixels / 1e9, "gigapixel"),
            >= 1_000_000 => (pixels / 1e6, "megapixel"),
            _ => ((double)pixels, "pixel"),
        };
        var number = value.ToString(unit == "pixel" ? "N0" : "0.#", CultureInfo.InvariantCulture);
        return asLimit ? $"{number} {unit}" : $"{number} {unit}s";
    }

    internal static string FormatBytes(long bytes)
    {
        string[] units = ["bytes", "KiB", "MiB", "GiB", "TiB"];
        var value = (double)bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return $"{value.ToString(unit == 0 ? "N0" : "0.#", CultureInfo.InvariantCulture)} {units[unit]}";
    }
}
