using System.Globalization;
using FFMpegCore;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Nodes.Image;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>One frame of a video as an image: a poster.</summary>
[PipelineNode("video.extract-frame", 1, NodeCategory.Video, "Extract frame", "Take one frame of a video as an image, e.g. a poster.")]
[InputPort("video", PortKind.Video)]
[OutputPort("image", PortKind.Image)]
[RequiresTool("ffmpeg")]
public sealed class ExtractFrameNode(IFfmpegRunner ffmpeg) : PipelineNode<ExtractFrameSettings>
{
    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, ExtractFrameSettings settings, CancellationToken cancellationToken)
    {
        var input = context.Input("video");
        var at = input.DurationSeconds is { } duration && settings.AtSeconds >= duration ? duration / 2 : settings.AtSeconds;
        var output = context.NewOutputPath(ImageWriter.ExtensionOf(settings.Format));
        await ffmpeg.RunAsync(
            FFMpegArguments.FromFileInput(input.Path, verifyExists: true, o => o.WithCustomArgument($"-ss {at.ToString("0.###", CultureInfo.InvariantCulture)}")),
            output,
            o => o.WithCustomArgument("-frames:v 1 -q:v 2"),
            null,
            null,
            cancellationToken);
        return NodeOutputs.Of(new NodeOutputFile("image", output, PortKind.Image, MediaTypes.MimeFor(output), input.Width, input.Height));
    }
}
