using System.Globalization;
using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Imaging;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>
/// Blends 2–8 images (single images or whole sets on one port) after fitting and cropping each to the output size.
/// Average is a weighted mean; the other modes lay each image over the result so far, with strength weight ÷ largest weight.
/// </summary>
[PipelineNode("image.blend", 1, NodeCategory.Image, "Blend", "Blend 2 to 8 images by weighted average, screen, multiply, overlay, soft light, lighten or darken.")]
[InputPort("images", PortKind.ImageSet, Multiple = true)]
[OutputPort("image", PortKind.Image)]
public sealed class BlendImagesNode(IImageLoader images, IOptions<MediaLimits> limits) : PipelineNode<BlendImagesSettings>
{
    internal const int MinImages = 2;
    internal const int MaxImages = 8;
    private const int EncoderQuality = 92;

    protected override Task<NodeOutputs> ExecuteAsync(NodeContext context, BlendImagesSettings settings, CancellationToken cancellationToken)
    {
        var inputs = context.Inputs("images");
        if (inputs.Count is < MinImages or > MaxImages)
        {
            throw new InvalidOperationException($"Blend needs {MinImages} to {MaxImages} images; it received {inputs.Count}.");
        }

        var weights = ParseWeights(settings.Weights, inputs.Count);
        var (firstWidth, firstHeight, _) = images.Ping(inputs[0].Path);
        var (width, height) = OutputSize(settings, firstWidth, firstHeight);
        OutputLimits.Check(limits.Value, width, height, "The blended image", "set a smaller width and height");

        using var result = LoadLayer(inputs[0].Path, (uint)width, (uint)height);
        var total = weights[0];
        var strongest = weights.Max();
        for (var i = 1; i < inputs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.ReportProgress(100.0 * i / inputs.Count, $"image {i + 1} of {inputs.Count}");
            using var layer = LoadLayer(inputs[i].Path, (uint)width, (uint)height);
            if (settings.Mode == BlendMode.Average)
            {
                total += weights[i];
                Mix(result, layer, total == 0 ? 0 : weights[i] / total);
            }
            else
            {
                using var combined = (MagickImage)result.Clone();
                combined.Composite(layer, OperatorOf(settings.Mode));
                Mix(result, combined, weights[i] / strongest);
            }
        }

        return Task.FromResult(NodeOutputs.Of(ImageWriter.Write(context, result, "image", ImageWriter.FormatOf(inputs[0]), EncoderQuality)));
    }

    /// <summary>One weight per image: the parsed list, or all 1 when none are given.</summary>
    internal static IReadOnlyList<double> ParseWeights(string? text, int count)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Enumerable.Repeat(1.0, count).ToList();
        }

        var weights = text.Split(',').Select(w => double.Parse(w.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture)).ToList();
        if (weights.Count != count)
        {
            throw new InvalidOperationException(
                $"Blend has {weights.Count} weight{(weights.Count == 1 ? string.Empty : "s")} ({text.Trim()}) for {count} images; " +
                "give one weight per image, in input order, or leave weights empty for equal weights.");
        }

        if (weights.Any(w => !double.IsFinite(w)))
        {
            throw new InvalidOperationException($"Blend weights ({text.Trim()}) are too large.");
        }

        return weights.Max() > 0 ? weights : throw new InvalidOperationException("Blend weights must not all be 0.");
    }

    internal static (long Width, long Height) OutputSize(BlendImagesSettings settings, int firstWidth, int firstHeight) =>
        (settings.Width, settings.Height) switch
        {
            ({ } w, { } h) => (w, h),
            ({ } w, null) => (w, Math.Max(1, (long)Math.Round((double)w * firstHeight / firstWidth))),
            (null, { } h) => (Math.Max(1, (long)Math.Round((double)h * firstWidth / firstHeight)), h),
            _ => (firstWidth, firstHeight),
        };

    private MagickImage LoadLayer(string path, uint width, uint height)
    {
        using var image = images.Load(path, Math.Max(width, height));
        ImageCanvas.Cover(image, width, height);
        return ImageCanvas.Opaque(image, MagickColors.White);
    }

    /// <summary>result = (1 − share) × result + share × layer.</summary>
    private static void Mix(MagickImage result, MagickImage layer, double share)
    {
        if (share <= 0)
        {
            return;
        }

        var source = (share * 100).ToString("0.####", CultureInfo.InvariantCulture);
        var canvas = ((1 - share) * 100).ToString("0.####", CultureInfo.InvariantCulture);
        result.Composite(layer, CompositeOperator.Blend, $"{source},{canvas}");
    }

    private static CompositeOperator OperatorOf(BlendMode mode) => mode switch
    {
        BlendMode.Screen => CompositeOperator.Screen,
        BlendMode.Multiply => CompositeOperator.Multiply,
        BlendMode.Overlay => CompositeOperator.Overlay,
        BlendMode.SoftLight => CompositeOperator.SoftLight,
        BlendMode.Lighten => CompositeOperator.Lighten,
        BlendMode.Darken => CompositeOperator.Darken,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Average is not a composite operator."),
    };
}
