using System.Text;
using FFMpegCore;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Probing;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>
/// Joins 1–8 videos end to end, in the order they arrive: each part is scaled to fit one frame size (padded, never
/// stretched) and one frame rate, parts without sound get silence, and the concat filter joins them into H.264/AAC MP4.
/// </summary>
[PipelineNode("video.concat", 1, NodeCategory.Video, "Join videos", "Join up to 8 videos one after another, bringing them to one size and frame rate.")]
[InputPort("parts", PortKind.Video, Multiple = true)]
[OutputPort("video", PortKind.Video)]
[RequiresTool("ffmpeg")]
[RequiresTool("ffprobe")]
public sealed class ConcatVideoNode(IFfmpegRunner ffmpeg, IMediaProbe probe) : PipelineNode<ConcatVideoSettings>
{
    /// <summary>Most parts joined at once.</summary>
    public const int MaxParts = 8;

    /// <summary>Frame rate used when the first part's cannot be read.</summary>
    private const double FallbackFps = 30;

    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, ConcatVideoSettings settings, CancellationToken cancellationToken)
    {
        var parts = context.Inputs("parts");
        if (parts.Count is 0 or > MaxParts)
        {
            throw new ArgumentException($"Joining takes 1 to {MaxParts} videos; {parts.Count} arrived on 'parts'.");
        }

        var infos = new List<MediaInfo>();
        foreach (var part in parts)
        {
            var info = await probe.ProbeAsync(part.Path, cancellationToken);
            if (info.Video is null || info.DurationSeconds is not > 0)
            {
                throw new ArgumentException($"Part {infos.Count + 1} has no video stream or no duration, so it cannot be joined.");
            }

            infos.Add(info);
        }

        var first = infos[0].Video!;
        var (width, height) = settings.Width > 0 ? (settings.Width, settings.Height) : (Even(first.DisplayWidth), Even(first.DisplayHeight));
        var fps = settings.Fps > 0 ? settings.Fps : first.FrameRate > 0 ? first.FrameRate : FallbackFps;
        var total = infos.Sum(i => i.DurationSeconds!.Value);

        var arguments = FFMpegArguments.FromFileInput(parts[0].Path);
        foreach (var part in parts.Skip(1))
        {
            arguments = arguments.AddFileInput(part.Path);
        }

        var output = context.NewOutputPath(H264Output.Extension);
        var graph = FilterGraph(infos, width, height, fps);
        var progress = new Progress<double>(p => context.ReportProgress(p));
        context.Log($"Joining {parts.Count} part{(parts.Count == 1 ? string.Empty : "s")} at {width}×{height}, {FfmpegValues.Fps(fps)} fps.");
        await ffmpeg.RunAsync(arguments, output, o => o
            .WithCustomArgument($"-filter_complex {graph} -map [v] -map [a]")
            .WithCustomArgument($"{H264Output.Video(settings.Crf)} {H264Output.Audio}"),
            TimeSpan.FromSeconds(total), progress, cancellationToken);

        return NodeOutputs.Of(new NodeOutputFile("video", output, PortKind.Video, "video/mp4", width, height, total));
    }

    /// <summary>Per part: fit and pad the picture, fix the rate; take its sound or make silence as long as it; then concat. No spaces.</summary>
    internal static string FilterGraph(IReadOnlyList<MediaInfo> parts, int width, int height, double fps)
    {
        var graph = new StringBuilder();
        var joined = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            graph.Append($"[{i}:v:0]scale={width}:{height}:force_original_aspect_ratio=decrease:force_divisible_by=2,")
                 .Append($"pad={width}:{height}:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1,fps={FfmpegValues.Rate(fps)},format=yuv420p[v{i}];");
            graph.Append(parts[i].Audio is null
                ? $"anullsrc=r=48000:cl=stereo,atrim=duration={FfmpegValues.Number(parts[i].DurationSeconds!.Value)}[a{i}];"
                : $"[{i}:a:0]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo[a{i}];");
            joined.Append($"[v{i}][a{i}]");
        }

        return graph.Append(joined).Append($"concat=n={parts.Count}:v=1:a=1[v][a]").ToString();
    }

    private static int Even(int size) => Math.Max(2, size - (size % 2));
}
