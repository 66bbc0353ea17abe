using System.Text.Json;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Tests.Media.TestSupport;

namespace MediaEngine.Pipelines.Tests.Nodes.Video;

/// <summary><c>video.analyze</c> on generated clips: facts from ffprobe, scene changes and loudness.</summary>
public sealed class AnalyzeVideoNodeTests : IDisposable
{
    private readonly NodeBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Fact]
    public async Task Execute_ShouldReportTheCutAndTheLoudness_WhenTheClipHasTwoColourHalvesAndASine()
    {
        // 1 s black then 1 s white, 160×90 at 25 fps, over a mono 1 kHz sine of amplitude 1/8 (lavfi's default).
        var clip = await TestMedia.FfmpegAsync(
            _bench.Media.File("halves.mp4"),
            "-f", "lavfi", "-i", "color=c=black:s=160x90:r=25:d=1",
            "-f", "lavfi", "-i", "color=c=white:s=160x90:r=25:d=1",
            "-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=48000:duration=2",
            "-filter_complex", "[0:v][1:v]concat=n=2:v=1:a=0[v]", "-map", "[v]", "-map", "2:a",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-ac", "1");

        var report = await AnalyzeAsync(clip, """{"sceneThreshold":0.3}""");

        report.GetProperty("width").GetInt32().ShouldBe(160);
        report.GetProperty("height").GetInt32().ShouldBe(90);
        report.GetProperty("fps").GetDouble().ShouldBe(25, tolerance: 0.01);
        report.GetProperty("durationSeconds").GetDouble().ShouldBe(2, tolerance: 0.1);
        report.GetProperty("videoCodec").GetString().ShouldBe("h264");
        report.GetProperty("audioCodec").GetString().ShouldBe("aac");
        var cuts = report.GetProperty("sceneChanges").EnumerateArray().Select(e => e.GetDouble()).ToList();
        cuts.ShouldNotBeEmpty();
        cuts.ShouldContain(t => Math.Abs(t - 1.0) <= 0.1);
        report.GetProperty("sceneChangeCount").GetInt32().ShouldBe(cuts.Count);

        // A mono sine of amplitude A measures 20·log10(A) − 3.01 LUFS near 1 kHz (K-weighting is ~0 dB there).
        var expected = (20 * Math.Log10(1.0 / 8)) - 3.01;
        report.GetProperty("integratedLoudnessLufs").GetDouble().ShouldBe(expected, tolerance: 1.0);
    }

    [Fact]
    public async Task Execute_ShouldLeaveLoudnessEmpty_WhenTheVideoHasNoSound()
    {
        var clip = await TestMedia.VideoAsync(_bench.Media.File("silent.mp4"), seconds: 1, width: 160, height: 120, rate: "30");

        var report = await AnalyzeAsync(clip, "{}");

        report.GetProperty("audioCodec").ValueKind.ShouldBe(JsonValueKind.Null);
        report.GetProperty("integratedLoudnessLufs").ValueKind.ShouldBe(JsonValueKind.Null);
        report.GetProperty("sceneThreshold").GetDouble().ShouldBe(0.3);
        (report.GetProperty("width").GetInt32(), report.GetProperty("height").GetInt32()).ShouldBe((160, 120));
    }

    [Theory]
    [InlineData("""{"sceneThreshold":0.95}""")]
    [InlineData("""{"sceneThreshold":0.01}""")]
    public void ValidateSettings_ShouldExplain_WhenTheThresholdIsOutOfRange(string json)
    {
        _bench.Catalog.ValidateSettings("video.analyze", JsonNode.Parse(json)!.AsObject())
            .ShouldHaveSingleItem().ShouldStartWith("The scene threshold must be between 0.05 and 0.9.");
    }

    private async Task<JsonElement> AnalyzeAsync(string clip, string settings)
    {
        var outputs = await _bench.RunAsync("video.analyze", settings, NodeBench.On("video", NodeBench.Artifact(clip, PortKind.Video)));
        var file = outputs.Files.ShouldHaveSingleItem();
        file.Port.ShouldBe("report");
        file.Kind.ShouldBe(PortKind.Data);
        file.MimeType.ShouldBe("application/json");
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(file.FilePath, TestContext.Current.CancellationToken));
        return document.RootElement.Clone();
    }
}
