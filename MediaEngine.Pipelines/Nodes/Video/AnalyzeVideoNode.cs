using System.Globalization;
using System.Text.Json;
using FFMpegCore;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Probing;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>
/// Reports on a video as JSON: duration, frame rate, size and codecs (from ffprobe), integrated loudness (ebur128)
/// and the times of scene changes (the <c>select</c> filter's scene score). One ffmpeg pass prints the frame metadata
/// of both filters to files in the work folder, which are then read.
/// </summary>
[PipelineNode("video.analyze", 1, NodeCategory.Video, "Analyze video", "Report a video's length, size, codecs, loudness and scene changes as JSON.")]
[InputPort("video", PortKind.Video)]
[OutputPort("report", PortKind.Data)]
[RequiresTool("ffmpeg")]
[RequiresTool("ffprobe")]
public sealed class AnalyzeVideoNode(IFfmpegRunner ffmpeg, IMediaProbe probe) : PipelineNode<AnalyzeVideoSettings>
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, AnalyzeVideoSettings settings, CancellationToken cancellationToken)
    {
        var video = context.Input("video");
        var info = await probe.ProbeAsync(video.Path, cancellationToken);
        if (info.Video is null)
        {
            throw new ArgumentException("The input has no video stream, so it cannot be analysed as a video.");
        }

        var scenesFile = Path.Combine(context.WorkFolder, "scenes.txt");
        var loudnessFile = Path.Combine(context.WorkFolder, "loudness.txt");
        var threshold = FfmpegValues.Number(settings.SceneThreshold);
        var graph = $"[0:v:0]select='gt(scene,{threshold})',metadata=print:file={FilterPath(scenesFile)}[v]";
        var maps = "-map [v]";
        if (info.Audio is not null)
        {
            graph += $";[0:a:0]ebur128=metadata=1,ametadata=print:file={FilterPath(loudnessFile)}[a]";
            maps += " -map [a]";
        }

        // framecrc writes one short line per frame that leaves the graph: only the selected video frames and the audio.
        var sink = Path.Combine(context.WorkFolder, "frames.crc");
        var progress = new Progress<double>(p => context.ReportProgress(p * 0.95));
        TimeSpan? total = info.DurationSeconds is > 0 ? TimeSpan.FromSeconds(info.DurationSeconds.Value) : null;
        await ffmpeg.RunAsync(FFMpegArguments.FromFileInput(video.Path), sink, o => o
            .WithCustomArgument($"-filter_complex {graph} {maps} -f framecrc"),
            total, progress, cancellationToken);

        var scenes = File.Exists(scenesFile) ? SceneTimes(await File.ReadAllLinesAsync(scenesFile, cancellationToken)) : [];
        var loudness = info.Audio is not null && File.Exists(loudnessFile)
            ? IntegratedLoudness(await File.ReadAllLinesAsync(loudnessFile, cancellationToken))
            : null;
        var report = new VideoAnalysisReport(
            info.DurationSeconds, info.Video.FrameRate, info.Video.DisplayWidth, info.Video.DisplayHeight,
            info.Video.Codec, info.Audio?.Codec, loudness, settings.SceneThreshold, scenes.Count, scenes);
        var output = context.NewOutputPath(".json");
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(report, _json), cancellationToken);
        context.Log($"Found {scenes.Count} scene change{(scenes.Count == 1 ? string.Empty : "s")}; loudness " +
                    (loudness is { } l ? $"{l.ToString("0.#", CultureInfo.InvariantCulture)} LUFS." : "not measured."));
        context.ReportProgress(100);
        return NodeOutputs.Of(new NodeOutputFile("report", output, PortKind.Data, "application/json"));
    }

    /// <summary>The <c>pts_time</c> of every frame <c>metadata=print</c> wrote, in seconds.</summary>
    internal static List<double> SceneTimes(IEnumerable<string> lines)
    {
        var times = new List<double>();
        foreach (var line in lines)
        {
            var at = line.IndexOf("pts_time:", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var value = line[(at + "pts_time:".Length)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                times.Add(Math.Round(seconds, 3));
            }
        }

        return times;
    }

    /// <summary>The last <c>lavfi.r128.I</c> value <c>ametadata=print</c> wrote: the integrated loudness of the whole track.</summary>
    internal static double? IntegratedLoudness(IEnumerable<string> lines)
    {
        double? last = null;
        foreach (var line in lines)
        {
            const string key = "lavfi.r128.I=";
            if (line.StartsWith(key, StringComparison.Ordinal)
                && double.TryParse(line[key.Length..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lufs)
                && double.IsFinite(lufs) && lufs > -70)
            {
                last = Math.Round(lufs, 2);
            }
        }

        return last;
    }

    /// <summary>
    /// A work-folder path as a filter option value. The runner splits arguments on spaces and the filtergraph treats
    /// <c>: , ; [ ] ' \</c> as syntax, so paths holding any of those are refused rather than half-escaped.
    /// </summary>
    private static string FilterPath(string path)
    {
        var full = Path.GetFullPath(path).Replace('\\', '/');
        if (full.IndexOfAny([' ', ',', ';', '[', ']', '\'', '"']) >= 0 || full.IndexOf(':', OperatingSystem.IsWindows() ? 2 : 0) >= 0)
        {
            throw new InvalidOperationException($"The work folder path '{full}' contains characters ffmpeg filter options cannot take (spaces, : , ; [ ] or quotes).");
        }

        return full;
    }
}
