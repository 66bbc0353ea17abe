using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Probing;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>Brings one supplied audio file into the graph after ffprobe confirms it has an audio stream.</summary>
[PipelineNode("audio.input", 1, NodeCategory.Io, "Audio input", "One audio file (or a video with sound) supplied when the pipeline runs.")]
[OutputPort("audio", PortKind.Audio)]
[RequiresTool("ffprobe")]
public sealed class AudioInputNode(IMediaProbe probe) : PipelineNode<InputSettings>
{
    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, InputSettings settings, CancellationToken cancellationToken)
    {
        var outputs = new NodeOutputs();
        foreach (var source in InputSupply.Require(context, settings.Input))
        {
            var info = await InputSupply.CheckAsync(source, path => probe.ProbeAsync(path, cancellationToken));
            if (info.Audio is null)
            {
                throw new MediaInputException(source.Name ?? source.Path, "it has no audio stream");
            }

            outputs.PassThrough.Add(("audio", source with { Kind = PortKind.Audio, DurationSeconds = info.DurationSeconds }));
        }

        return outputs;
    }
}
