using FFMpegCore;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Probing;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>
/// Puts an audio track on a video (music, narration), replacing or mixed over its own sound, trimmed or padded to fit.
/// H.264/HEVC pictures are copied untouched; other codecs are re-encoded as H.264. Sound is AAC in MP4.
/// </summary>
[PipelineNode("video.add-audio", 1, NodeCategory.Video, "Add audio", "Put music or narration on a video, replacing or mixed over its own sound.")]
[InputPort("video", PortKind.Video)]
[InputPort("audio", PortKind.Audio)]
[OutputPort("video", PortKind.Video)]
[RequiresTool("ffmpeg")]
[RequiresTool("ffprobe")]
public sealed class AddAudioNode(IFfmpegRunner ffmpeg, IMediaProbe probe) : PipelineNode<AddAudioSettings>
{
    private const string Stereo48k = "aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo";

    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, AddAudioSettings settings, CancellationToken cancellationToken)
    {
        var video = context.Input("video");
        var audio = context.Input("audio");
        var videoInfo = await probe.ProbeAsync(video.Path, cancellationToken);
        var audioInfo = await probe.ProbeAsync(audio.Path, cancellationToken);
        if (videoInfo.Video is null || videoInfo.DurationSeconds is not > 0)
        {
            throw new ArgumentException("The video has no picture or no duration, so no sound can be put on it.");
        }

        if (audioInfo.Audio is null)
        {
            throw new ArgumentException("The audio input has no sound stream.");
        }

        var length = settings.FitTo == AudioFit.Shortest && audioInfo.DurationSeconds is > 0
            ? Math.Min(videoInfo.DurationSeconds.Value, audioInfo.DurationSeconds.Value)
            : videoInfo.DurationSeconds.Value;
        var mix = settings.Mode == AudioMode.Mix;
        if (mix && videoInfo.Audio is null)
        {
            context.Log("The video has no sound of its own, so the track is added rather than mixed.");
            mix = false;
        }

        var added = $"[1:a:0]{Stereo48k},volume={FfmpegValues.Number(settings.AudioVolume / 100.0)}";
        var fit = $"apad,atrim=0:{FfmpegValues.Number(length)}";
        var graph = mix
            ? $"[0:a:0]{Stereo48k}[own];{added}[new];[own][new]amix=inputs=2:duration=longest:normalize=0,{fit}[a]"
            : $"{added},{fit}[a]";
        var copyVideo = videoInfo.Video.Codec is "h264" or "hevc";
        var output = context.NewOutputPath(H264Output.Extension);
        var progress = new Progress<double>(p => context.ReportProgress(p));
        await ffmpeg.RunAsync(FFMpegArguments.FromFileInput(video.Path).AddFileInput(audio.Path), output, o => o
            .WithCustomArgument($"-filter_complex {graph} -map 0:v:0 -map [a] -t {FfmpegValues.Number(length)}")
            .WithCustomArgument(copyVideo ? "-c:v copy -movflags +faststart" : H264Output.Video(20))
            .WithCustomArgument(H264Output.Audio),
            TimeSpan.FromSeconds(length), progress, cancellationToken);

        return NodeOutputs.Of(new NodeOutputFile(
            "video", output, PortKind.Video, "video/mp4", videoInfo.Video.DisplayWidth, videoInfo.Video.DisplayHeight, length));
    }
}
