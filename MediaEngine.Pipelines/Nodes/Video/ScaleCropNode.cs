using FFMpegCore;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.FFmpeg;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Reframes a video to a platform shape (16:9, 9:16, 1:1, 4:5) at a given height, by centre crop or by padding.</summary>
[PipelineNode("video.scale-crop", 1, NodeCategory.Video, "Scale & crop", "Reframe a video to 16:9, 9:16, 1:1 or 4:5 at a given height, cropping the centre or padding with bars.")]
[InputPort("video", PortKind.Video)]
[OutputPort("video", PortKind.Video)]
[RequiresTool("ffmpeg")]
public sealed class ScaleCropNode(IFfmpegRunner ffmpeg) : PipelineNode<ScaleCropSettings>
{
    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, ScaleCropSettings settings, CancellationToken cancellationToken)
    {
        var input = context.Input("video");
        var width = WidthOf(settings.Aspect, settings.Height);
        var filter = Filter(width, settings.Height, settings.Mode, settings.PadColour);
        var output = context.NewOutputPath(H264Output.Extension);
        var duration = input.DurationSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var progress = new Progress<double>(p => context.ReportProgress(p));
        await ffmpeg.RunAsync(FFMpegArguments.FromFileInput(input.Path), output, o => o
            .WithCustomArgument($"-map 0:v:0 -map 0:a:0? -vf {filter}")
            .WithCustomArgument($"{H264Output.Video(settings.Crf)} {H264Output.Audio}"),
            duration, progress, cancellationToken);

        return NodeOutputs.Of(new NodeOutputFile("video", output, PortKind.Video, "video/mp4", width, settings.Height, input.DurationSeconds));
    }

    /// <summary>The output width: the height times the aspect ratio, rounded to an even number.</summary>
    internal static int WidthOf(AspectRatio aspect, int height)
    {
        var (w, h) = aspect switch
        {
            AspectRatio.Portrait9x16 => (9, 16),
            AspectRatio.Square1x1 => (1, 1),
            AspectRatio.Portrait4x5 => (4, 5),
            _ => (16, 9),
        };
        return Math.Max(2, (int)Math.Round(height * (double)w / h / 2, MidpointRounding.AwayFromZero) * 2);
    }

    /// <summary>A filter chain (no spaces) that fills exactly <paramref name="width"/>×<paramref name="height"/> with square pixels.</summary>
    internal static string Filter(int width, int height, FrameFitMode mode, string padColour) => mode switch
    {
        FrameFitMode.Pad =>
            $"scale={width}:{height}:force_original_aspect_ratio=decrease:force_divisible_by=2,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2:color={FfmpegValues.Colour(padColour)},setsar=1",
        _ => $"scale={width}:{height}:force_original_aspect_ratio=increase,crop={width}:{height},setsar=1",
    };
}
