using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>Brings one supplied image into the graph after checking it really is a readable image within the limits.</summary>
[PipelineNode("image.input", 1, NodeCategory.Io, "Image input", "One image supplied when the pipeline runs.")]
[OutputPort("image", PortKind.Image)]
public sealed class ImageInputNode(IImageLoader images) : PipelineNode<InputSettings>
{
    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, InputSettings settings, CancellationToken cancellationToken)
    {
        var outputs = new NodeOutputs();
        foreach (var source in InputSupply.Require(context, settings.Input))
        {
            var (width, height, _) = await InputSupply.CheckAsync(source, path => Task.FromResult(images.Ping(path)));
            outputs.PassThrough.Add(("image", source with { Kind = PortKind.Image, Width = width, Height = height }));
        }

        return outputs;
    }
}
