using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Denoises, auto-levels, adjusts saturation and sharpens, in that order; each step can be turned off.</summary>
[PipelineNode("image.enhance", 1, NodeCategory.Image, "Enhance", "Auto levels, noise reduction, sharpening and saturation in one step.")]
[InputPort("image", PortKind.Image)]
[OutputPort("image", PortKind.Image)]
public sealed class EnhanceImageNode(IImageLoader images) : PipelineNode<EnhanceImageSettings>
{
    private const int EncoderQuality = 92;

    protected override Task<NodeOutputs> ExecuteAsync(NodeContext context, EnhanceImageSettings settings, CancellationToken cancellationToken)
    {
        var input = context.Input("image");
        using var image = images.Load(input.Path);
        cancellationToken.ThrowIfCancellationRequested();
        Enhance(image, settings);
        return Task.FromResult(NodeOutputs.Of(ImageWriter.Write(context, image, "image", ImageWriter.FormatOf(input), EncoderQuality, stripMetadata: false)));
    }

    internal static void Enhance(MagickImage image, EnhanceImageSettings settings)
    {
        if (settings.Denoise > 0)
        {
            // Wavelet denoise keeps edges; the threshold is a percentage of the full tonal range.
            image.WaveletDenoise(new Percentage(settings.Denoise * 1.5));
        }

        if (settings.AutoLevel)
        {
            image.AutoLevel();
        }

        if (settings.Saturation != 100)
        {
            image.Modulate(new Percentage(100), new Percentage(settings.Saturation), new Percentage(100));
        }

        if (settings.Sharpen > 0)
        {
            image.UnsharpMask(0, 1.0, 0.25 * settings.Sharpen, 0);
        }
    }
}
