using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Re-encodes an image as WebP, AVIF, PNG or JPEG.</summary>
[PipelineNode("image.convert", 1, NodeCategory.Image, "Convert", "Encode an image as WebP, AVIF, PNG or JPEG with a quality.")]
[InputPort("image", PortKind.Image)]
[OutputPort("image", PortKind.Image)]
public sealed class ConvertImageNode(IImageLoader images) : PipelineNode<ConvertImageSettings>
{
    protected override Task<NodeOutputs> ExecuteAsync(NodeContext context, ConvertImageSettings settings, CancellationToken cancellationToken)
    {
        using var image = images.Load(context.Input("image").Path);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(NodeOutputs.Of(ImageWriter.Write(context, image, "image", settings.Format, settings.Quality, settings.StripMetadata)));
    }
}
