using System.Globalization;
using System.Text;
using FFMpegCore;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Nodes.Video;

namespace MediaEngine.Pipelines.Nodes.Audio;

/// <summary>
/// Mixes 2–8 audio tracks into one (ffmpeg amix), each at its relative weight: while all play, the mix is their
/// weighted average, so it never gets louder than its loudest track.
/// </summary>
[PipelineNode("audio.mix", 1, NodeCategory.Audio, "Mix audio", "Mix 2 to 8 audio tracks into one, e.g. a voice over music, with a weight per track.")]
[InputPort("tracks", PortKind.Audio, Multiple = true)]
[OutputPort("audio", PortKind.Audio)]
[RequiresTool("ffmpeg")]
public sealed class AudioMixNode(IFfmpegRunner ffmpeg) : PipelineNode<AudioMixSettings>
{
    public const int MinTracks = 2;

    public const int MaxTracks = 8;

    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, AudioMixSettings settings, CancellationToken cancellationToken)
    {
        var tracks = context.Inputs("tracks");
        if (tracks.Count is < MinTracks or > MaxTracks)
        {
            throw new ArgumentException($"Mixing takes {MinTracks} to {MaxTracks} audio tracks; {tracks.Count} arrived on 'tracks'.");
        }

        var weights = Weights(settings.Weights, tracks.Count);
        var arguments = FFMpegArguments.FromFileInput(tracks[0].Path);
        foreach (var track in tracks.Skip(1))
        {
            arguments = arguments.AddFileInput(track.Path);
        }

        var durations = tracks.Select(t => t.DurationSeconds).ToList();
        double? length = durations.All(d => d is > 0)
            ? settings.Duration switch
            {
                MixDuration.Shortest => durations.Min(),
                MixDuration.First => durations[0],
                _ => durations.Max(),
            }
            : null;
        var output = context.NewOutputPath(AudioEncoding.Extension(settings.Format));
        var progress = new Progress<double>(p => context.ReportProgress(p));
        await ffmpeg.RunAsync(arguments, output, o => o
            .WithCustomArgument($"-filter_complex {FilterGraph(weights, settings.Duration)} -map [a]")
            .WithCustomArgument(AudioEncoding.Options(settings.Format, settings.BitrateKbps)),
            length is { } seconds ? TimeSpan.FromSeconds(seconds) : null, progress, cancellationToken);

        return NodeOutputs.Of(new NodeOutputFile(
            "audio", output, PortKind.Audio, AudioEncoding.MimeType(settings.Format), DurationSeconds: length));
    }

    /// <summary>
    /// The weights from the setting (all 1 when empty), scaled so they average 1: amix then divides by the number of
    /// tracks, giving Σwᵢxᵢ/Σwᵢ while all play.
    /// </summary>
    internal static IReadOnlyList<double> Weights(string? setting, int tracks)
    {
        var weights = string.IsNullOrWhiteSpace(setting)
            ? Enumerable.Repeat(1.0, tracks).ToList()
            : setting.Split(',').Select(w => double.Parse(w.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture)).ToList();
        if (weights.Count != tracks)
        {
            throw new ArgumentException($"There are {weights.Count} weights ('{setting}') for {tracks} tracks; give one weight per track, in edge order.");
        }

        var sum = weights.Sum();
        return sum > 0
            ? weights.Select(w => w * tracks / sum).ToList()
            : throw new ArgumentException("At least one weight must be above 0, or the mix would be silent.");
    }

    internal static string FilterGraph(IReadOnlyList<double> weights, MixDuration duration)
    {
        var graph = new StringBuilder();
        for (var i = 0; i < weights.Count; i++)
        {
            graph.Append($"[{i}:a:0]{AudioEncoding.Stereo48k},volume={FfmpegValues.Number(weights[i])}[t{i}];");
        }

        for (var i = 0; i < weights.Count; i++)
        {
            graph.Append($"[t{i}]");
        }

        return graph.Append($"amix=inputs={weights.Count}:duration={duration.ToString().ToLowerInvariant()}[a]").ToString();
    }
}
