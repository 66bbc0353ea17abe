using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Nodes.Video;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>
/// Brings every video supplied for one graph input into the graph, in the order supplied, after ffprobe confirms each
/// has a video stream. Its port carries them all, so a node with a multiple input (<c>video.concat</c>) receives them all.
/// </summary>
[PipelineNode("videos.input", 1, NodeCategory.Io, "Videos input", "Several videos supplied when the pipeline runs, kept in the order given.")]
[OutputPort("videos", PortKind.Video)]
[CollectsGraphInput]
[RequiresTool("ffprobe")]
public sealed class VideosInputNode(IMediaProbe probe) : PipelineNode<VideosInputSettings>
{
    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, VideosInputSettings settings, CancellationToken cancellationToken)
    {
        var supplied = InputSupply.Require(context, settings.Input);
        if (supplied.Count < settings.MinCount || supplied.Count > settings.MaxCount)
        {
            var wanted = settings.MinCount == settings.MaxCount ? $"{settings.MinCount}" : $"{settings.MinCount} to {settings.MaxCount}";
            throw new InvalidOperationException(
                $"The graph input '{settings.Input}' takes {wanted} video{(settings.MaxCount == 1 ? string.Empty : "s")}, but {supplied.Count} {(supplied.Count == 1 ? "was" : "were")} supplied.");
        }

        var outputs = new NodeOutputs();
        foreach (var source in supplied)
        {
            var info = await InputSupply.CheckAsync(source, path => probe.ProbeAsync(path, cancellationToken));
            if (info.Video is null || info.IsStillImage)
            {
                throw new MediaInputException(source.Name ?? source.Path, "it has no video stream");
            }

            outputs.PassThrough.Add(("videos", source with
            {
                Kind = PortKind.Video,
                Width = info.Video.DisplayWidth,
                Height = info.Video.DisplayHeight,
                DurationSeconds = info.DurationSeconds,
            }));
        }

        context.Log($"{supplied.Count} video{(supplied.Count == 1 ? string.Empty : "s")} supplied for '{settings.Input}'.");
        return outputs;
    }
}
