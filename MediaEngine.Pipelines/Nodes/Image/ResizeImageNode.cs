using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Fits, fills or crops an image to a box; by default never enlarges.</summary>
[PipelineNode("image.resize", 1, NodeCategory.Image, "Resize", "Fit inside, fill (cover and crop) or crop an image to a size, optionally never upscaling.")]
[InputPort("image", PortKind.Image)]
[OutputPort("image", PortKind.Image)]
public sealed class ResizeImageNode(IImageLoader images) : PipelineNode<ResizeImageSettings>
{
    protected override Task<NodeOutputs> ExecuteAsync(NodeContext context, ResizeImageSettings settings, CancellationToken cancellationToken)
    {
        var input = context.Input("image");
        using var image = settings.Mode == ResizeMode.Crop
            ? images.Load(input.Path)
            : images.Load(input.Path, (uint)Math.Max(settings.Width, settings.Height));
        cancellationToken.ThrowIfCancellationRequested();
        Resize(image, settings);
        context.ReportProgress(90, $"{image.Width}×{image.Height}");
        return Task.FromResult(NodeOutputs.Of(ImageWriter.Write(context, image, "image", ImageWriter.FormatOf(input), settings.Quality, stripMetadata: false)));
    }

    internal static void Resize(MagickImage image, ResizeImageSettings settings)
    {
        var width = (uint)settings.Width;
        var height = (uint)settings.Height;
        switch (settings.Mode)
        {
            case ResizeMode.Fit:
                image.Resize(new MagickGeometry(width, height) { Greater = !settings.AllowUpscale });
                break;
            case ResizeMode.Fill:
                var covers = image.Width >= width && image.Height >= height;
                if (covers || settings.AllowUpscale)
                {
                    image.Resize(new MagickGeometry(width, height) { FillArea = true });
                }

                image.Crop(Math.Min(width, image.Width), Math.Min(height, image.Height), Gravity.Center);
                image.ResetPage();
                break;
            case ResizeMode.Crop:
                image.Crop(Math.Min(width, image.Width), Math.Min(height, image.Height), Gravity.Center);
                image.ResetPage();
                break;
        }
    }
}
