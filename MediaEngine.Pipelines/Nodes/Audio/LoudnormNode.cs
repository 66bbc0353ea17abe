using FFMpegCore;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Nodes.Video;

namespace MediaEngine.Pipelines.Nodes.Audio;

/// <summary>
/// Makes audio a set loudness (EBU R128, ffmpeg loudnorm in one pass) without its true peak going over a ceiling;
/// when the ceiling would be crossed it wins, so peaky audio (speech) can end up a little below the target.
/// </summary>
[PipelineNode("audio.loudnorm", 1, NodeCategory.Audio, "Normalise loudness", "Bring audio to a set loudness (EBU R128), e.g. -16 LUFS for web and podcasts.")]
[InputPort("audio", PortKind.Audio)]
[OutputPort("audio", PortKind.Audio)]
[RequiresTool("ffmpeg")]
[RequiresTool("ffprobe")]
public sealed class LoudnormNode(IFfmpegRunner ffmpeg, IMediaProbe probe) : PipelineNode<LoudnormSettings>
{
    /// <summary>The loudness range loudnorm aims for, in LU (its default).</summary>
    private const double LoudnessRange = 11;

    /// <summary>
    /// loudnorm needs this much audio to measure before it adjusts; given less, ffmpeg 5 falls back to a linear mode
    /// that mis-scales peaky audio (e.g. 2 s of speech comes out 25 LU too quiet).
    /// </summary>
    private const double ShortSeconds = 3.5;

    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, LoudnormSettings settings, CancellationToken cancellationToken)
    {
        var input = context.Input("audio");
        var info = await probe.ProbeAsync(input.Path, cancellationToken);
        if (info.Audio is null)
        {
            throw new ArgumentException("The input has no sound stream to normalise.");
        }

        var duration = info.DurationSeconds;
        var filter = $"loudnorm=I={FfmpegValues.Number(settings.TargetLufs)}:TP={FfmpegValues.Number(settings.TruePeak)}:LRA={FfmpegValues.Number(LoudnessRange)}";

        // A short input is read over and over, so loudnorm measures real sound, and cut back to its own length after.
        var arguments = duration is > 0 and < ShortSeconds
            ? FFMpegArguments.FromFileInput(input.Path, verifyExists: true, o => o.WithCustomArgument("-stream_loop -1"))
            : FFMpegArguments.FromFileInput(input.Path);
        if (duration is > 0 and < ShortSeconds)
        {
            filter += $",atrim=duration={FfmpegValues.Number(duration.Value)}";
        }

        var output = context.NewOutputPath(AudioEncoding.Extension(settings.Format));
        var progress = new Progress<double>(p => context.ReportProgress(p));

        // loudnorm works at 192 kHz; the -ar in the options brings it back to 48 kHz.
        await ffmpeg.RunAsync(arguments, output, o => o
            .WithCustomArgument($"-map 0:a:0 -af {filter}")
            .WithCustomArgument(AudioEncoding.Options(settings.Format, settings.BitrateKbps)),
            duration is > 0 ? TimeSpan.FromSeconds(duration.Value) : null, progress, cancellationToken);

        return NodeOutputs.Of(new NodeOutputFile(
            "audio", output, PortKind.Audio, AudioEncoding.MimeType(settings.Format), DurationSeconds: duration));
    }
}
