using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Nodes.Image;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>Brings every image supplied for a graph input into the graph as one set, each checked like <see cref="ImageInputNode"/>.</summary>
[PipelineNode("images.input", 1, NodeCategory.Io, "Image set input", "Several images supplied when the pipeline runs, as one set (with a minimum and maximum count).")]
[OutputPort("images", PortKind.ImageSet)]
[CollectsGraphInput]
public sealed class ImageSetInputNode(IImageLoader images) : PipelineNode<ImageSetInputSettings>
{
    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, ImageSetInputSettings settings, CancellationToken cancellationToken)
    {
        var supplied = InputSupply.Require(context, settings.Input);
        if (supplied.Count < settings.MinCount || supplied.Count > settings.MaxCount)
        {
            var wanted = settings.MinCount == settings.MaxCount ? $"exactly {settings.MinCount}" : $"{settings.MinCount} to {settings.MaxCount}";
            throw new InvalidOperationException(
                $"The graph input '{settings.Input}' needs {wanted} images; {supplied.Count} {(supplied.Count == 1 ? "was" : "were")} supplied.");
        }

        var outputs = new NodeOutputs();
        for (var i = 0; i < supplied.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = supplied[i];
            var (width, height, _) = await InputSupply.CheckAsync(source, path => Task.FromResult(images.Ping(path)));
            outputs.PassThrough.Add(("images", source with { Kind = PortKind.ImageSet, Width = width, Height = height }));
            context.ReportProgress(100.0 * (i + 1) / supplied.Count, $"{i + 1} of {supplied.Count} checked");
        }

        return outputs;
    }
}
