using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Imaging;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Enlarges an image 2× or 4×, refusing before any work when the result would exceed <see cref="MediaLimits"/>.</summary>
[PipelineNode("image.upscale", 1, NodeCategory.Image, "Upscale", "Enlarge an image 2× or 4× with a fast, balanced or high-quality (sharpened) filter.")]
[InputPort("image", PortKind.Image)]
[OutputPort("image", PortKind.Image)]
public sealed class UpscaleImageNode(IImageLoader images, IOptions<MediaLimits> limits) : PipelineNode<UpscaleImageSettings>
{
    private const int EncoderQuality = 92;

    protected override Task<NodeOutputs> ExecuteAsync(NodeContext context, UpscaleImageSettings settings, CancellationToken cancellationToken)
    {
        var input = context.Input("image");
        var factor = FactorOf(settings.Factor);
        var (width, height, _) = images.Ping(input.Path);
        OutputLimits.Check(limits.Value, (long)width * factor, (long)height * factor,
            $"The image upscaled {factor}×", "choose a smaller factor or shrink the image first");

        using var image = images.Load(input.Path);
        cancellationToken.ThrowIfCancellationRequested();
        Upscale(image, factor, settings.Quality);
        context.ReportProgress(90, $"{image.Width}×{image.Height}");
        return Task.FromResult(NodeOutputs.Of(ImageWriter.Write(context, image, "image", ImageWriter.FormatOf(input), EncoderQuality, stripMetadata: false)));
    }

    internal static int FactorOf(UpscaleFactor factor) => factor == UpscaleFactor.X4 ? 4 : 2;

    internal static void Upscale(MagickImage image, int factor, UpscaleQuality quality)
    {
        var size = new MagickGeometry(image.Width * (uint)factor, image.Height * (uint)factor) { IgnoreAspectRatio = true };
        image.Resize(size, quality == UpscaleQuality.Fast ? FilterType.Triangle : FilterType.Lanczos);
        if (quality == UpscaleQuality.High)
        {
            // Detail is spread over `factor` pixels after enlarging, so the mask's blur grows with it; the small
            // threshold leaves flat areas (and their noise) alone.
            image.UnsharpMask(0, 0.5 * factor, 0.8, 0.01);
        }
    }
}
