using MediaEngine.Pipelines.Compare;

namespace MediaEngine.Pipelines.Tests.Compare;

public sealed class SsimSummaryTests
{
    [Theory]
    [InlineData("[Parsed_ssim_1 @ 0x55d0c8a1e2c0] SSIM Y:0.876 (9.1) U:0.912 (10.5) V:0.905 (10.2) All:0.889473 (9.567)", 0.889473)]
    [InlineData("[Parsed_ssim_2 @ 0x1] SSIM Y:1.000000 (inf) U:1.000000 (inf) V:1.000000 (inf) All:1.000000 (inf)", 1.0)]
    [InlineData("SSIM R:0.144206 (0.676309) G:0.160489 (0.759736) B:0.158553 (0.749734) All:0.154416 (0.728433)", 0.154416)]
    public void ParseAll_ShouldReadTheAllValue_WhenTheLineIsTheSummary(string line, double expected) =>
        SsimSummary.ParseAll(line).ShouldBe(expected);

    [Theory]
    [InlineData("frame=   25 fps=0.0 q=-0.0 Lsize=N/A time=00:00:01.00 bitrate=N/A speed=10x")]
    [InlineData("Input #0, png_pipe, from 'a.png':")]
    public void ParseAll_ShouldReturnNull_WhenTheLineIsNotTheSummary(string line) =>
        SsimSummary.ParseAll(line).ShouldBeNull();
}
