using ImageMagick;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Nodes.Image;

namespace MediaEngine.Pipelines.Tests.Nodes.Image;

public sealed class WatermarkImageNodeTests : IDisposable
{
    private readonly ImageNodeHarness _run = new();

    public void Dispose() => _run.Dispose();

    private Task<MagickImage> WatermarkAsync(string settings, ArtifactRef image, ArtifactRef overlay) =>
        _run.RunToImageAsync(new WatermarkImageNode(_run.Loader), settings,
            new Dictionary<string, IReadOnlyList<ArtifactRef>> { ["image"] = [image], ["overlay"] = [overlay] });

    [Fact]
    public async Task Execute_ShouldPlaceTheScaledOverlayInTheBottomRightCornerInsideTheMargin()
    {
        var photo = _run.Solid("photo.png", 400, 300, "#ffffff");
        var logo = _run.Solid("logo.png", 200, 100, "#ff0000");

        // 25 % of 400 = 100 wide, so 50 high; with a 10 px margin it covers x 290–389, y 240–289.
        using var result = await WatermarkAsync("""{"position":"BottomRight","scale":25,"opacity":100,"margin":10}""", photo, logo);

        (result.Width, result.Height).ShouldBe((400u, 300u));
        result.ShouldBeColour(389, 289, "#ff0000");
        result.ShouldBeColour(290, 240, "#ff0000");
        result.ShouldBeColour(390, 289, "#ffffff");
        result.ShouldBeColour(389, 290, "#ffffff");
        result.ShouldBeColour(289, 260, "#ffffff");
        result.ShouldBeColour(389, 239, "#ffffff");
        result.ShouldBeColour(0, 0, "#ffffff");
    }

    [Fact]
    public async Task Execute_ShouldMixTheOverlayWithTheImage_WhenOpacityIsBelow100()
    {
        var photo = _run.Solid("photo.png", 400, 300, "#ffffff");
        var logo = _run.Solid("logo.png", 200, 100, "#ff0000");

        using var result = await WatermarkAsync("""{"position":"BottomRight","scale":25,"opacity":50,"margin":10}""", photo, logo);

        result.ShouldBeColour(340, 265, "#ff8080");
        result.ShouldBeColour(395, 295, "#ffffff");
    }

    [Fact]
    public async Task Execute_ShouldCentreTheOverlay_WhenPositionIsCenter()
    {
        var photo = _run.Solid("photo.jpg", 400, 300, "#000000");
        var logo = _run.Solid("logo.png", 100, 50, "#00ff00");

        using var result = await WatermarkAsync("""{"position":"Center","scale":25,"opacity":100,"margin":50}""", photo, logo);

        result.Format.ShouldBe(MagickFormat.Jpeg, "the image's format is kept");
        result.ShouldBeColour(200, 150, "#00ff00", tolerance: 8);
        result.ShouldBeColour(140, 150, "#000000", tolerance: 8);
        result.ShouldBeColour(260, 150, "#000000", tolerance: 8);
        result.ShouldBeColour(200, 115, "#000000", tolerance: 8);
        result.ShouldBeColour(200, 185, "#000000", tolerance: 8);
    }

    [Theory]
    [InlineData(WatermarkPosition.TopLeft, 10, 10)]
    [InlineData(WatermarkPosition.Top, 150, 10)]
    [InlineData(WatermarkPosition.TopRight, 290, 10)]
    [InlineData(WatermarkPosition.Left, 10, 125)]
    [InlineData(WatermarkPosition.Center, 150, 125)]
    [InlineData(WatermarkPosition.Right, 290, 125)]
    [InlineData(WatermarkPosition.BottomLeft, 10, 240)]
    [InlineData(WatermarkPosition.Bottom, 150, 240)]
    [InlineData(WatermarkPosition.BottomRight, 290, 240)]
    public void Place_ShouldPutTheOverlaysCornerWhereThePositionSays(WatermarkPosition position, int x, int y)
    {
        WatermarkImageNode.Place(position, 400, 300, 100, 50, margin: 10).ShouldBe((x, y));
    }
}
