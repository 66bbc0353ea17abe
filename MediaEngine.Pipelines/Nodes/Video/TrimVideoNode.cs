using FFMpegCore;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Probing;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Keeps part of a video, either re-encoded to the exact frame or stream-copied (lossless, keyframe-aligned).</summary>
[PipelineNode("video.trim", 1, NodeCategory.Video, "Trim", "Keep the part of a video between a start and an end time.")]
[InputPort("video", PortKind.Video)]
[OutputPort("video", PortKind.Video)]
[RequiresTool("ffmpeg")]
[RequiresTool("ffprobe")]
public sealed class TrimVideoNode(IFfmpegRunner ffmpeg, IMediaProbe probe) : PipelineNode<TrimVideoSettings>
{
    /// <summary>How far past the probed duration an end time may be (container durations are rounded).</summary>
    private const double Tolerance = 0.01;

    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, TrimVideoSettings settings, CancellationToken cancellationToken)
    {
        var input = context.Input("video");
        var info = await probe.ProbeAsync(input.Path, cancellationToken);
        var duration = info.DurationSeconds
            ?? throw new InvalidOperationException("The video's duration cannot be read, so it cannot be trimmed.");
        if (settings.StartSeconds >= duration)
        {
            throw new ArgumentException(
                $"The start ({FfmpegValues.Seconds(settings.StartSeconds)}) is at or past the end of the video, which is {FfmpegValues.Seconds(duration)} long.");
        }

        if (settings.EndSeconds > duration + Tolerance)
        {
            throw new ArgumentException(
                $"The end ({FfmpegValues.Seconds(settings.EndSeconds)}) is past the end of the video, which is {FfmpegValues.Seconds(duration)} long; use 0 to keep everything after the start.");
        }

        var end = settings.EndSeconds > 0 ? Math.Min(settings.EndSeconds, duration) : duration;
        var length = end - settings.StartSeconds;
        var extension = settings.Accurate ? H264Output.Extension : CopyExtension(input.Path);
        var output = context.NewOutputPath(extension);
        var seek = $"-ss {FfmpegValues.Number(settings.StartSeconds)}";
        var progress = new Progress<double>(p => context.ReportProgress(p));
        await ffmpeg.RunAsync(FFMpegArguments.FromFileInput(input.Path, verifyExists: true, o => o.WithCustomArgument(seek)), output, o =>
        {
            o.WithCustomArgument($"-t {FfmpegValues.Number(length)} -map 0:v:0 -map 0:a:0?");
            o.WithCustomArgument(settings.Accurate
                ? $"{H264Output.Video(settings.Crf)} {H264Output.Audio}"
                : "-c copy -avoid_negative_ts make_zero");
        }, TimeSpan.FromSeconds(length), progress, cancellationToken);

        // A stream copy starts at the keyframe before the start, so its length is read back rather than assumed.
        var written = settings.Accurate ? length : (await probe.ProbeAsync(output, cancellationToken)).DurationSeconds ?? length;
        context.Log($"Kept {FfmpegValues.Seconds(settings.StartSeconds)} to {FfmpegValues.Seconds(end)} of {FfmpegValues.Seconds(duration)}{(settings.Accurate ? string.Empty : " (stream copy)")}.");
        return NodeOutputs.Of(new NodeOutputFile(
            "video", output, PortKind.Video, MediaTypes.MimeFor(output), info.Video?.DisplayWidth, info.Video?.DisplayHeight, written));
    }

    /// <summary>A stream copy stays in the input's container; an unknown one becomes Matroska, which takes any codec.</summary>
    private static string CopyExtension(string inputPath)
    {
        var extension = Path.GetExtension(inputPath).ToLowerInvariant();
        return MediaTypes.KindFor(extension) == PortKind.Video ? extension : ".mkv";
    }
}
