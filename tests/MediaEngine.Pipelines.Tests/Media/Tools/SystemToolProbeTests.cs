using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.Configuration;

namespace MediaEngine.Pipelines.Tests.Media.Tools;

public sealed class SystemToolProbeTests
{
    private static SystemToolProbe Probe(Dictionary<string, string?>? settings = null) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build());

    [Fact]
    public async Task GetStatusAsync_ShouldFindFFmpegOnPathAndReadItsVersion()
    {
        var status = await Probe().GetStatusAsync(SystemTool.FFmpeg);

        status.IsAvailable.ShouldBeTrue(status.Problem);
        status.Version.ShouldNotBeNull().ShouldStartWith("ffmpeg version");
        status.ExecutablePath.ShouldNotBeNull().ShouldEndWith("ffmpeg");
    }

    [Fact]
    public async Task GetStatusAsync_ShouldNameTheSettingAndWhatIsDisabled_WhenConfiguredPathDoesNotExist()
    {
        var probe = Probe(new() { ["MediaEngine:Tools:espeak-ng"] = "/nonexistent/espeak-ng" });

        var status = await probe.GetStatusAsync(SystemTool.EspeakNg);

        status.IsAvailable.ShouldBeFalse();
        status.Describe().ShouldContain("MediaEngine:Tools:espeak-ng");
        status.Describe().ShouldContain("text-to-speech");
    }

    [Fact]
    public async Task GetStatusAsync_ShouldReportFailure_WhenToolExitsWithError()
    {
        // /bin/false exists and runs, but fails whatever it is asked.
        var probe = Probe(new() { ["MediaEngine:Tools:ffprobe"] = "/bin/false" });

        var status = await probe.GetStatusAsync(SystemTool.FFprobe);

        status.IsAvailable.ShouldBeFalse();
        status.Problem.ShouldNotBeNull().ShouldContain("exited with code 1");
    }

    [Fact]
    public async Task GetStatusAsync_ShouldReportEveryKnownTool()
    {
        var all = await Probe().GetStatusAsync();

        all.Select(s => s.Tool.Name).ShouldBe(["ffmpeg", "ffprobe", "espeak-ng"]);
    }
}
