using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Probing;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>Brings one supplied video into the graph after ffprobe confirms it has a video stream.</summary>
[PipelineNode("video.input", 1, NodeCategory.Io, "Video input", "One video supplied when the pipeline runs.")]
[OutputPort("video", PortKind.Video)]
[RequiresTool("ffprobe")]
public sealed class VideoInputNode(IMediaProbe probe) : PipelineNode<InputSettings>
{
    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, InputSettings settings, CancellationToken cancellationToken)
    {
        var outputs = new NodeOutputs();
        foreach (var source in InputSupply.Require(context, settings.Input))
        {
            var info = await InputSupply.CheckAsync(source, path => probe.ProbeAsync(path, cancellationToken));
            if (info.Video is null || info.IsStillImage)
            {
                throw new MediaInputException(source.Name ?? source.Path, "it has no video stream");
            }

            outputs.PassThrough.Add(("video", source with
            {
                Kind = PortKind.Video,
                Width = info.Video.Width,
                Height = info.Video.Height,
                DurationSeconds = info.DurationSeconds,
            }));
        }

        return outputs;
    }
}
