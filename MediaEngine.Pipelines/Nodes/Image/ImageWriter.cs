using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Writes a Magick image in a chosen format and quality into the node's work folder.</summary>
internal static class ImageWriter
{
    public static NodeOutputFile Write(NodeContext context, MagickImage image, string port, ImageFormat format, int quality, bool stripMetadata = true)
    {
        var magickFormat = format switch
        {
            ImageFormat.Jpeg => MagickFormat.Jpeg,
            ImageFormat.Png => MagickFormat.Png,
            ImageFormat.WebP => MagickFormat.WebP,
            ImageFormat.Avif => MagickFormat.Avif,
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown image format."),
        };

        if (stripMetadata)
        {
            image.Strip();
        }

        image.Quality = (uint)quality;
        image.Format = magickFormat;
        var path = context.NewOutputPath(ExtensionOf(format));
        image.Write(path);
        return new NodeOutputFile(port, path, PortKind.Image, MediaTypes.MimeFor(path), (int)image.Width, (int)image.Height);
    }

    public static string ExtensionOf(ImageFormat format) => format switch
    {
        ImageFormat.Png => ".png",
        ImageFormat.WebP => ".webp",
        ImageFormat.Avif => ".avif",
        _ => ".jpg",
    };

    /// <summary>The format a stored image already has, so intermediate steps keep it.</summary>
    public static ImageFormat FormatOf(ArtifactRef artifact) => artifact.MimeType switch
    {
        "image/png" => ImageFormat.Png,
        "image/webp" => ImageFormat.WebP,
        "image/avif" => ImageFormat.Avif,
        _ => ImageFormat.Jpeg,
    };
}
