using ImageMagick;
using ImageMagick.Drawing;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Nodes.Image;

namespace MediaEngine.Pipelines.Tests.Nodes.Image;

public sealed class BlendImagesNodeTests : IDisposable
{
    private readonly ImageNodeHarness _run = new();

    public void Dispose() => _run.Dispose();

    private BlendImagesNode Node() => new(_run.Loader, _run.LimitOptions);

    private Task<MagickImage> BlendAsync(string settings, params ArtifactRef[] images) =>
        _run.RunToImageAsync(Node(), settings, new Dictionary<string, IReadOnlyList<ArtifactRef>> { ["images"] = images });

    [Fact]
    public async Task Execute_ShouldAverageRedAndBlueToPurple_AtTheFirstImagesSize()
    {
        var red = _run.Solid("red.png", 64, 48, "#ff0000");
        var blue = _run.Solid("blue.png", 30, 90, "#0000ff");

        using var result = await BlendAsync("{}", red, blue);

        (result.Width, result.Height).ShouldBe((64u, 48u));
        result.ShouldBeColour(0, 0, "#800080");
        result.ShouldBeColour(63, 47, "#800080");
    }

    [Fact]
    public async Task Execute_ShouldWeightTheAverage_WhenWeightsAreGiven()
    {
        var red = _run.Solid("red.png", 16, 16, "#ff0000");
        var blue = _run.Solid("blue.png", 16, 16, "#0000ff");

        using var result = await BlendAsync("""{"weights":"3, 1"}""", red, blue);

        result.ShouldBeColour(8, 8, "#bf0040");
    }

    [Fact]
    public async Task Execute_ShouldAverageThreeImagesEqually_WhenNoWeightsAreGiven()
    {
        var red = _run.Solid("red.png", 16, 16, "#ff0000");
        var lime = _run.Solid("lime.png", 16, 16, "#00ff00");
        var blue = _run.Solid("blue.png", 16, 16, "#0000ff");

        using var result = await BlendAsync("""{"mode":"Average"}""", red, lime, blue);

        result.ShouldBeColour(8, 8, "#555555");
    }

    [Fact]
    public async Task Execute_ShouldFitAndCropEveryImageToTheOutputSize_BeforeBlending()
    {
        // The second image is tall: top half lime, bottom half blue. Covering 100×50 scales it to 100×200 and keeps
        // its middle rows 75–124, so the output's top half meets lime and its bottom half blue.
        var red = _run.Solid("red.png", 100, 50, "#ff0000");
        using (var tall = new MagickImage(MagickColors.Lime, 50, 100))
        {
            tall.Draw(new Drawables().FillColor(MagickColors.Blue).Rectangle(0, 50, 50, 100));
            _run.Save("tall.png", tall);
        }

        using var result = await BlendAsync("{}", red, ImageNodeHarness.Artifact(_run.File("tall.png")));

        (result.Width, result.Height).ShouldBe((100u, 50u));
        result.ShouldBeColour(50, 10, "#808000");
        result.ShouldBeColour(50, 40, "#800080");
    }

    [Theory]
    [InlineData("""{"width":40,"height":30}""", 40u, 30u)]
    [InlineData("""{"width":32}""", 32u, 24u)]
    [InlineData("""{"height":12}""", 16u, 12u)]
    public async Task Execute_ShouldUseTheGivenSize_KeepingTheFirstImagesShapeWhenOnlyOneSideIsSet(string settings, uint width, uint height)
    {
        var red = _run.Solid("red.png", 64, 48, "#ff0000");
        var blue = _run.Solid("blue.png", 64, 48, "#0000ff");

        using var result = await BlendAsync(settings, red, blue);

        (result.Width, result.Height).ShouldBe((width, height));
        result.ShouldBeColour((int)width / 2, (int)height / 2, "#800080");
    }

    [Theory]
    [InlineData("Multiply", "#ff8040", "#808080", "#804020")]
    [InlineData("Screen", "#808080", "#808080", "#c0c0c0")]
    [InlineData("Overlay", "#404040", "#c0c0c0", "#606060")]
    [InlineData("Darken", "#ff8000", "#0080ff", "#008000")]
    [InlineData("Lighten", "#ff8000", "#0080ff", "#ff80ff")]
    public async Task Execute_ShouldCombineWithTheMode_WhenModeIsNotAverage(string mode, string below, string above, string expected)
    {
        var first = _run.Solid("below.png", 16, 16, below);
        var second = _run.Solid("above.png", 16, 16, above);

        using var result = await BlendAsync($$"""{"mode":"{{mode}}"}""", first, second);

        result.ShouldBeColour(8, 8, expected);
    }

    [Fact]
    public async Task Execute_ShouldApplyAModeAtPartStrength_WhenItsWeightIsBelowTheLargest()
    {
        // Multiply gives #804020; at half strength the result is halfway between that and #ff8040.
        var first = _run.Solid("below.png", 16, 16, "#ff8040");
        var second = _run.Solid("above.png", 16, 16, "#808080");

        using var result = await BlendAsync("""{"mode":"Multiply","weights":"1,0.5"}""", first, second);

        result.ShouldBeColour(8, 8, "#c06030");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    public async Task Execute_ShouldRefuseNamingTheCount_WhenNotGiven2To8Images(int count)
    {
        var images = Enumerable.Range(0, count).Select(i => _run.Solid($"{i}.png", 8, 8, "#ff0000")).ToArray();

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => BlendAsync("{}", images));

        ex.Message.ShouldBe($"Blend needs 2 to 8 images; it received {count}.");
    }

    [Fact]
    public async Task Execute_ShouldRefuse_WhenTheWeightsDoNotMatchTheImages()
    {
        var red = _run.Solid("red.png", 8, 8, "#ff0000");
        var blue = _run.Solid("blue.png", 8, 8, "#0000ff");

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => BlendAsync("""{"weights":"1,2,3"}""", red, blue));

        ex.Message.ShouldBe("Blend has 3 weights (1,2,3) for 2 images; give one weight per image, in input order, or leave weights empty for equal weights.");
    }

    [Fact]
    public async Task Execute_ShouldRefuse_WhenEveryWeightIsZero()
    {
        var red = _run.Solid("red.png", 8, 8, "#ff0000");
        var blue = _run.Solid("blue.png", 8, 8, "#0000ff");

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => BlendAsync("""{"weights":"0,0"}""", red, blue));

        ex.Message.ShouldBe("Blend weights must not all be 0.");
    }

    [Fact]
    public async Task Execute_ShouldRefuseBeforeLoading_WhenTheOutputWouldExceedMaxPixels()
    {
        _run.Limits.MaxPixels = 10_000;
        var red = _run.Solid("red.png", 8, 8, "#ff0000");
        var blue = _run.Solid("blue.png", 8, 8, "#0000ff");

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => BlendAsync("""{"width":200,"height":100}""", red, blue));

        ex.Message.ShouldBe("The blended image would be 200×100 = 20,000 pixels, over the 10,000 pixel limit (MediaEngine:Media:MaxPixels); set a smaller width and height.");
    }
}
