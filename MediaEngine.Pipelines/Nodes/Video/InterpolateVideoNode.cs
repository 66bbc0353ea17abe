using FFMpegCore;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Probing;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Raises a video's frame rate by making in-between frames (ffmpeg minterpolate), encoded as H.264.</summary>
[PipelineNode("video.interpolate", 1, NodeCategory.Video, "Interpolate frames", "Raise the frame rate (e.g. to 60 or 120 fps) with motion-compensated or blended in-between frames.")]
[InputPort("video", PortKind.Video)]
[OutputPort("video", PortKind.Video)]
[RequiresTool("ffmpeg")]
[RequiresTool("ffprobe")]
public sealed class InterpolateVideoNode(IFfmpegRunner ffmpeg, IMediaProbe probe) : PipelineNode<InterpolateVideoSettings>
{
    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, InterpolateVideoSettings settings, CancellationToken cancellationToken)
    {
        var input = context.Input("video");
        var info = await probe.ProbeAsync(input.Path, cancellationToken);
        var source = info.Video?.FrameRate ?? 0;
        if (source <= 0)
        {
            throw new InvalidOperationException("The video's frame rate cannot be read, so in-between frames cannot be made.");
        }

        if (settings.TargetFps <= source + 0.01)
        {
            throw new ArgumentException(
                $"The target frame rate ({FfmpegValues.Fps(settings.TargetFps)} fps) must be higher than the video's own " +
                $"({FfmpegValues.Fps(source)} fps): interpolation only adds frames.");
        }

        var mode = settings.Method == InterpolationMethod.Blend
            ? "mi_mode=blend"
            : "mi_mode=mci:mc_mode=aobmc:me_mode=bidir:vsbmc=1";
        var output = context.NewOutputPath(H264Output.Extension);
        var duration = info.DurationSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var progress = new Progress<double>(p => context.ReportProgress(p));
        context.Log($"Interpolating {FfmpegValues.Fps(source)} → {FfmpegValues.Fps(settings.TargetFps)} fps ({settings.Method}).");
        await ffmpeg.RunAsync(FFMpegArguments.FromFileInput(input.Path), output, o => o
            .WithCustomArgument($"-map 0:v:0 -map 0:a:0? -vf minterpolate=fps={FfmpegValues.Rate(settings.TargetFps)}:{mode}")
            .WithCustomArgument($"{H264Output.Video(settings.Crf)} {H264Output.Audio}"),
            duration, progress, cancellationToken);

        return NodeOutputs.Of(new NodeOutputFile(
            "video", output, PortKind.Video, "video/mp4", info.Video!.DisplayWidth, info.Video.DisplayHeight, info.DurationSeconds));
    }
}
