using ImageMagick;
using ImageMagick.Drawing;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Nodes.Image;

namespace MediaEngine.Pipelines.Tests.Nodes.Image;

public sealed class UpscaleImageNodeTests : IDisposable
{
    private readonly ImageNodeHarness _run = new();

    public void Dispose() => _run.Dispose();

    private Task<MagickImage> UpscaleAsync(ArtifactRef image, string settings) =>
        _run.RunToImageAsync(new UpscaleImageNode(_run.Loader, _run.LimitOptions), settings,
            new Dictionary<string, IReadOnlyList<ArtifactRef>> { ["image"] = [image] });

    /// <summary>40×10: left half black, right half white, so the edge sits between x = 19 and 20.</summary>
    private ArtifactRef Edge()
    {
        using var image = new MagickImage(MagickColors.Black, 40, 10);
        image.Draw(new Drawables().FillColor(MagickColors.White).Rectangle(20, 0, 40, 10));
        return _run.Save("edge.png", image);
    }

    [Theory]
    [InlineData("X2", "Fast", 200u, 160u)]
    [InlineData("X2", "Balanced", 200u, 160u)]
    [InlineData("X4", "High", 400u, 320u)]
    public async Task Execute_ShouldMultiplyBothSidesAndKeepTheColour_WhenUpscaling(string factor, string quality, uint width, uint height)
    {
        var source = _run.Solid("teal.png", 100, 80, "#208080");

        using var result = await UpscaleAsync(source, $$"""{"factor":"{{factor}}","quality":"{{quality}}"}""");

        (result.Width, result.Height).ShouldBe((width, height));
        result.Format.ShouldBe(MagickFormat.Png, "the input's format is kept");
        result.ShouldBeColour((int)width / 2, (int)height / 2, "#208080");
        result.ShouldBeColour(0, 0, "#208080");
    }

    [Fact]
    public async Task Execute_ShouldMakeASteeperEdgeThanBilinear_WhenQualityIsHigh()
    {
        var edge = Edge();

        using var fast = await UpscaleAsync(edge, """{"factor":"X2","quality":"Fast"}""");
        using var high = await UpscaleAsync(edge, """{"factor":"X2","quality":"High"}""");

        // Doubled, the edge lies between x = 39 and 40: bilinear leaves two mid-greys there, High pushes them apart.
        var (fastDark, fastLight) = (fast.Rgb(39, 10).R, fast.Rgb(40, 10).R);
        var (highDark, highLight) = (high.Rgb(39, 10).R, high.Rgb(40, 10).R);
        fastDark.ShouldBeInRange((byte)20, (byte)120);
        fastLight.ShouldBeInRange((byte)135, (byte)235);
        highDark.ShouldBeLessThan(fastDark);
        highLight.ShouldBeGreaterThan(fastLight);
        high.Rgb(10, 10).R.ShouldBeLessThanOrEqualTo((byte)16, "flat areas stay flat");
        high.Rgb(70, 10).R.ShouldBeGreaterThanOrEqualTo((byte)240, "flat areas stay flat");
    }

    [Fact]
    public async Task Execute_ShouldRefuseBeforeUpscaling_WhenTheResultWouldExceedMaxPixels()
    {
        _run.Limits.MaxPixels = 30_000;
        var source = _run.Solid("photo.png", 100, 80, "#208080");

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => UpscaleAsync(source, """{"factor":"X2"}"""));

        ex.Message.ShouldBe("The image upscaled 2× would be 200×160 = 32,000 pixels, over the 30,000 pixel limit " +
            "(MediaEngine:Media:MaxPixels); choose a smaller factor or shrink the image first.");
    }

    [Fact]
    public async Task Execute_ShouldRefuse_WhenASideWouldExceedMaxImageDimension()
    {
        _run.Limits.MaxImageDimension = 300;
        var source = _run.Solid("photo.png", 100, 80, "#208080");

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => UpscaleAsync(source, """{"factor":"X4"}"""));

        ex.Message.ShouldBe("The image upscaled 4× would be 400×320, and a side longer than 300 pixels is refused " +
            "(MediaEngine:Media:MaxImageDimension); choose a smaller factor or shrink the image first.");
    }
}
