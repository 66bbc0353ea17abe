using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>A small preview whose longest side is <see cref="ThumbnailSettings.Size"/>, metadata stripped.</summary>
[PipelineNode("image.thumbnail", 1, NodeCategory.Image, "Thumbnail", "A small preview image with its longest side at a given size.")]
[InputPort("image", PortKind.Image)]
[OutputPort("image", PortKind.Image)]
public sealed class ThumbnailNode(IImageLoader images) : PipelineNode<ThumbnailSettings>
{
    protected override Task<NodeOutputs> ExecuteAsync(NodeContext context, ThumbnailSettings settings, CancellationToken cancellationToken)
    {
        using var image = images.Load(context.Input("image").Path, (uint)settings.Size);
        cancellationToken.ThrowIfCancellationRequested();
        image.Thumbnail(new MagickGeometry((uint)settings.Size, (uint)settings.Size) { Greater = true });
        return Task.FromResult(NodeOutputs.Of(ImageWriter.Write(context, image, "image", settings.Format, settings.Quality)));
    }
}
