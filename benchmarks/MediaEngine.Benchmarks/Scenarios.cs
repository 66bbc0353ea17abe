using System.Diagnostics;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Presets;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Benchmarks;

/// <summary>The speed targets of the pipeline engine, each measured against the plain tool in the same run.</summary>
public static class Scenarios
{
    /// <summary>ImageMagick 6 as Debian ships it; <c>magick</c> (ImageMagick 7) where that is what is installed.</summary>
    private static readonly string Magick = new[] { "/usr/bin/convert-im6.q16", "/usr/bin/magick" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("ImageMagick is not installed (apt-get install imagemagick); ./bench.sh installs it.");

    public static async Task WebImagesAsync(BenchmarkEnvironment bench, int count)
    {
        var input = bench.Folder("web-images-in");
        Console.WriteLine($"web-images: generating {count} 4000×3000 (12 MP) JPEGs…");
        await BenchmarkEnvironment.RunToolAsync("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=4000x3000:rate=1", "-frames:v", count.ToString(), "-q:v", "3", Path.Combine(input, "img-%03d.jpg"));
        var files = Directory.GetFiles(input).Order(StringComparer.Ordinal).ToList();

        var baselineOut = bench.Folder("web-images-magick");
        var baseline = await TimeAsync(async () =>
        {
            foreach (var file in files)
            {
                var name = Path.GetFileNameWithoutExtension(file);
                await BenchmarkEnvironment.RunToolAsync(Magick, file, "-auto-orient", "-resize", "1920x1920>", "-quality", "80", Path.Combine(baselineOut, name + ".webp"));
                await BenchmarkEnvironment.RunToolAsync(Magick, file, "-auto-orient", "-thumbnail", "320x320>", "-quality", "80", Path.Combine(baselineOut, name + "-thumb.jpg"));
            }
        });

        var engine = await TimeAsync(() => RunBatchAsync(bench, "web-images", "image", files, PortKind.Image, Environment.ProcessorCount));
        Report("web-images", $"{count} × 12 MP", $"shell loop of {Path.GetFileName(Magick)}", baseline, engine, higherIsBetter: true, target: 2.0);
    }

    public static async Task TranscodeWebAsync(BenchmarkEnvironment bench, int seconds)
    {
        var source = Path.Combine(bench.Folder("transcode-in"), "clip.mp4");
        Console.WriteLine($"transcode-web: generating a {seconds} s 1080p30 clip…");
        await BenchmarkEnvironment.RunToolAsync("ffmpeg", "-v", "error", "-f", "lavfi", "-i", $"testsrc2=size=1920x1080:rate=30:duration={seconds}",
            "-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds}", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "12", "-c:a", "aac", "-shortest", source);

        var output = bench.Folder("transcode-ffmpeg");
        var baseline = await TimeAsync(() => BenchmarkEnvironment.RunToolAsync("ffmpeg", "-v", "error", "-y", "-i", source,
            "-c:v", "libx264", "-crf", "23", "-preset", "medium", "-pix_fmt", "yuv420p", "-vf", "scale=-2:'min(1080,ih)'",
            "-c:a", "aac", "-b:a", "128k", "-movflags", "+faststart", Path.Combine(output, "out.mp4")));
        var engine = await TimeAsync(() => RunBatchAsync(bench, "transcode-web", "video", [source], PortKind.Video, 1));
        Report("transcode-web", $"{seconds} s 1080p30", "the same ffmpeg command", baseline, engine, higherIsBetter: false, target: 1.05);
    }

    public static async Task CacheAsync(BenchmarkEnvironment bench)
    {
        var input = bench.Folder("cache-in");
        await BenchmarkEnvironment.RunToolAsync("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=4000x3000:rate=1", "-frames:v", "1", Path.Combine(input, "photo.jpg"));
        var file = Path.Combine(input, "photo.jpg");
        var presets = bench.Services.GetRequiredService<SystemPresetLibrary>();
        PipelineRunResult? last = null;
        async Task RunAsync(PipelineGraph graph) => last = await RunOnceAsync(bench, graph, "image", [file], PortKind.Image);

        var graph = presets.Get("web-images");
        var first = await TimeAsync(() => RunAsync(graph));
        var second = await TimeAsync(() => RunAsync(graph));
        var cachedAll = last!.Nodes.Values.All(n => n.CacheHit);
        await RunAsync(SettingOverrides.Apply(graph, [SettingOverrides.Parse("webp.quality=60")]));
        var reran = last!.Nodes.Values.Where(n => !n.CacheHit).Select(n => n.NodeId).ToList();

        Console.WriteLine($"cache: first run {first.TotalMilliseconds:0} ms, identical re-run {second.TotalMilliseconds:0} ms " +
                          $"= {second / first:P1} of the first (target < 10 %), every node cached: {cachedAll}");
        Console.WriteLine($"cache: after changing webp.quality only these nodes executed: {string.Join(", ", reran)} (target: webp)");
    }

    private static async Task RunBatchAsync(BenchmarkEnvironment bench, string preset, string input, IReadOnlyList<string> files, PortKind kind, int parallelism)
    {
        var graph = bench.Services.GetRequiredService<SystemPresetLibrary>().Get(preset);
        var failures = 0;
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (file, _) =>
        {
            var result = await RunOnceAsync(bench, graph, input, [file], kind, useCache: false);
            if (!result.Succeeded)
            {
                Interlocked.Increment(ref failures);
            }
        });

        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} {preset} run(s) failed.");
        }
    }

    private static async Task<PipelineRunResult> RunOnceAsync(BenchmarkEnvironment bench, PipelineGraph graph, string input, IReadOnlyList<string> files, PortKind kind, bool useCache = true)
    {
        var store = bench.Services.GetRequiredService<ArtifactStore>();
        var stored = new List<ArtifactRef>();
        foreach (var file in files)
        {
            stored.Add(await store.ImportSourceAsync(file, kind, CancellationToken.None));
        }

        var request = new PipelineRunRequest(graph, new Dictionary<string, IReadOnlyList<ArtifactRef>> { [input] = stored }) { UseCache = useCache };
        return await bench.Services.GetRequiredService<DagExecutor>().RunAsync(request, new SilentObserver(), CancellationToken.None);
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed;
    }

    private static void Report(string name, string load, string baselineName, TimeSpan baseline, TimeSpan engine, bool higherIsBetter, double target)
    {
        var ratio = higherIsBetter ? baseline / engine : engine / baseline;
        var met = higherIsBetter ? ratio >= target : ratio <= target;
        var what = higherIsBetter ? "throughput vs" : "wall time vs";
        Console.WriteLine($"{name} ({load}): {baselineName} {baseline.TotalSeconds:0.0} s, MediaEngine {engine.TotalSeconds:0.0} s → " +
                          $"{what} baseline {ratio:0.00}× (target {(higherIsBetter ? "≥" : "≤")} {target}×) {(met ? "MET" : "NOT MET")}");
    }

    private sealed class SilentObserver : IPipelineRunObserver
    {
        public void NodeStarted(string nodeId, string typeId)
        {
        }

        public void NodeProgress(string nodeId, double percent, string? message)
        {
        }

        public void NodeLog(string nodeId, string line)
        {
        }

        public void NodeFinished(NodeRunResult result)
        {
        }
    }
}
