using FFMpegCore;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Media.FFmpeg;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Re-encodes a video (H.264/HEVC/VP9/AV1, CRF and preset), optionally scaling down, web-ready (fast start).</summary>
[PipelineNode("video.transcode", 1, NodeCategory.Video, "Transcode", "Encode a video as H.264, HEVC, VP9 or AV1 with a constant quality, optionally scaled down.")]
[InputPort("video", PortKind.Video)]
[OutputPort("video", PortKind.Video)]
[RequiresTool("ffmpeg")]
public sealed class TranscodeVideoNode(IFfmpegRunner ffmpeg) : PipelineNode<TranscodeVideoSettings>
{
    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, TranscodeVideoSettings settings, CancellationToken cancellationToken)
    {
        var input = context.Input("video");
        var (encoder, audio, extension) = settings.Codec switch
        {
            VideoCodec.H264 => ("libx264", "aac", ".mp4"),
            VideoCodec.Hevc => ("libx265", "aac", ".mp4"),
            VideoCodec.Vp9 => ("libvpx-vp9", "libopus", ".webm"),
            VideoCodec.Av1 => ("libsvtav1", "libopus", ".webm"),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Codec, "Unknown codec."),
        };
        if (settings.Codec is VideoCodec.H264 or VideoCodec.Hevc && settings.Crf > 51)
        {
            throw new ArgumentException($"CRF {settings.Crf} is out of range for {settings.Codec}; use 0 to 51.");
        }

        var output = context.NewOutputPath(extension);
        var duration = input.DurationSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var progress = new Progress<double>(p => context.ReportProgress(p));
        await ffmpeg.RunAsync(FFMpegArguments.FromFileInput(input.Path), output, options =>
        {
            options.WithVideoCodec(encoder).WithConstantRateFactor(settings.Crf).WithAudioCodec(audio).WithAudioBitrate(settings.AudioBitrateKbps);
            if (settings.Codec is VideoCodec.H264 or VideoCodec.Hevc)
            {
                options.WithCustomArgument($"-preset {settings.Speed.ToString().ToLowerInvariant()} -pix_fmt yuv420p -movflags +faststart");
            }
            else if (settings.Codec == VideoCodec.Vp9)
            {
                options.WithCustomArgument("-b:v 0 -row-mt 1");
            }

            if (settings.MaxHeight > 0)
            {
                options.WithCustomArgument($"-vf scale=-2:'min({settings.MaxHeight},ih)'");
            }
        }, duration, progress, cancellationToken);

        return NodeOutputs.Of(new NodeOutputFile("video", output, PortKind.Video, MediaTypes.MimeFor(output), DurationSeconds: input.DurationSeconds));
    }
}
