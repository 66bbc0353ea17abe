using ImageMagick;
using ImageMagick.Drawing;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Nodes.Image;

namespace MediaEngine.Pipelines.Tests.Nodes.Image;

public sealed class EnhanceImageNodeTests : IDisposable
{
    private readonly ImageNodeHarness _run = new();

    public void Dispose() => _run.Dispose();

    private Task<MagickImage> EnhanceAsync(ArtifactRef image, string settings) =>
        _run.RunToImageAsync(new EnhanceImageNode(_run.Loader), settings,
            new Dictionary<string, IReadOnlyList<ArtifactRef>> { ["image"] = [image] });

    private ArtifactRef TwoTone(string name, string left, string right, uint width = 40, uint height = 20)
    {
        using var image = new MagickImage(new MagickColor(left), width, height);
        image.Draw(new Drawables().FillColor(new MagickColor(right)).Rectangle(width / 2, 0, width, height));
        return _run.Save(name, image);
    }

    [Fact]
    public async Task Execute_ShouldStretchTonesToBlackAndWhite_WhenAutoLevelIsOn()
    {
        var flat = TwoTone("flat.png", "#404040", "#c0c0c0");

        using var result = await EnhanceAsync(flat, "{}");

        (result.Width, result.Height).ShouldBe((40u, 20u));
        result.ShouldBeColour(5, 10, "#000000");
        result.ShouldBeColour(35, 10, "#ffffff");
    }

    [Fact]
    public async Task Execute_ShouldLeaveTheImageAlone_WhenEveryStepIsOff()
    {
        var flat = TwoTone("flat.png", "#404040", "#c0c0c0");

        using var result = await EnhanceAsync(flat, """{"autoLevel":false,"denoise":0,"sharpen":0,"saturation":100}""");

        result.ShouldBeColour(5, 10, "#404040", tolerance: 0);
        result.ShouldBeColour(35, 10, "#c0c0c0", tolerance: 0);
    }

    [Theory]
    [InlineData(200, "#ff8000")]
    [InlineData(50, "#a08060")]
    public async Task Execute_ShouldScaleSaturationKeepingHueAndLightness_WhenSaturationIsNot100(int saturation, string expected)
    {
        // #c08040 is hue 30°, lightness 50 %, saturation 50 %: doubled it is fully saturated, halved 25 %.
        var orange = _run.Solid("orange.png", 8, 8, "#c08040");

        using var result = await EnhanceAsync(orange, $$"""{"autoLevel":false,"saturation":{{saturation}}}""");

        result.ShouldBeColour(4, 4, expected);
    }

    [Fact]
    public async Task Execute_ShouldReduceNoise_WhenDenoiseIsOn()
    {
        using (var noisy = new MagickImage(new MagickColor("#808080"), 96, 96))
        {
            noisy.AddNoise(NoiseType.Gaussian, 2.0);
            _run.Save("noisy.png", noisy);
        }

        var source = ImageNodeHarness.Artifact(_run.File("noisy.png"));
        using var before = new MagickImage(source.Path);

        using var result = await EnhanceAsync(source, """{"autoLevel":false,"denoise":10}""");

        var noiseBefore = before.Statistics().GetChannel(PixelChannel.Red)!.StandardDeviation;
        var noiseAfter = result.Statistics().GetChannel(PixelChannel.Red)!.StandardDeviation;
        noiseBefore.ShouldBeGreaterThan(5.0, "the test image must really be noisy");
        noiseAfter.ShouldBeLessThan(noiseBefore * 0.6);
    }

    [Fact]
    public async Task Execute_ShouldOvershootBothSidesOfAnEdge_WhenSharpenIsOn()
    {
        var edge = TwoTone("edge.png", "#404040", "#c0c0c0");

        using var result = await EnhanceAsync(edge, """{"autoLevel":false,"sharpen":10}""");

        // Unsharp masking darkens the dark side and lightens the light side next to the edge; far away nothing changes.
        result.Rgb(19, 10).R.ShouldBeLessThan((byte)0x40);
        result.Rgb(20, 10).R.ShouldBeGreaterThan((byte)0xc0);
        result.ShouldBeColour(2, 10, "#404040", tolerance: 0);
        result.ShouldBeColour(37, 10, "#c0c0c0", tolerance: 0);
    }
}
