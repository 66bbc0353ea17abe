using ImageMagick;
using ImageMagick.Drawing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Support;

namespace MediaEngine.Pipelines.Tests.Presets;

/// <summary>The image presets 'upscale-2x' and 'blend-inspirations', end to end, on images the tests make.</summary>
public sealed class ImagePresetTests : PresetTestBase
{
    [Theory]
    [InlineData("upscale-2x")]
    [InlineData("blend-inspirations")]
    public void Preset_ShouldBeShippedWithADescription_AndBeValid(string id)
    {
        var graph = Presets.Get(id);

        graph.Name.ShouldBe(id);
        graph.Description.ShouldNotBeNullOrWhiteSpace();
        GraphValidator.Validate(graph, Engine.Catalog).ShouldBeEmpty();
    }

    [Fact]
    public async Task Upscale2x_ShouldDoubleTheImageAsPng_KeepingItsContent()
    {
        var source = Media.File("photo.jpg");
        using (var image = new MagickImage(MagickColors.Red, 150, 100))
        {
            image.Draw(new Drawables().FillColor(MagickColors.Blue).Rectangle(75, 0, 150, 100));
            image.Write(source, MagickFormat.Jpeg);
        }

        var result = await RunPresetAsync("upscale-2x", "image", PortKind.Image, source);

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Failures.Select(f => f.Error)));
        var output = result.Outputs["upscaled"].ShouldHaveSingleItem();
        output.MimeType.ShouldBe("image/png");
        using var upscaled = new MagickImage(output.Path);
        upscaled.Format.ShouldBe(MagickFormat.Png);
        (upscaled.Width, upscaled.Height).ShouldBe((300u, 200u));
        (output.Width, output.Height).ShouldBe((300, 200));
        AssertNear(upscaled, 20, 100, 255, 0, 0);
        AssertNear(upscaled, 280, 100, 0, 0, 255);
    }

    [Fact]
    public async Task BlendInspirations_ShouldAverageTheImagesAtTheFirstOnesSize_ThenLevelAndSaveAsPng()
    {
        var red = TestImages.Solid(Media.File("red.png"), 200, 100, MagickColors.Red, MagickFormat.Png);
        var blue = TestImages.Solid(Media.File("blue.jpg"), 120, 120, MagickColors.Blue, MagickFormat.Jpeg);

        var result = await RunPresetAsync("blend-inspirations", "images", PortKind.Image, red, blue);

        // Red and blue average to #800080; auto level stretches 128 to 255, so the blend is magenta.
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Failures.Select(f => f.Error)));
        var output = result.Outputs["blend"].ShouldHaveSingleItem();
        using var blend = new MagickImage(output.Path);
        blend.Format.ShouldBe(MagickFormat.Png);
        (blend.Width, blend.Height).ShouldBe((200u, 100u));
        AssertNear(blend, 100, 50, 255, 0, 255, tolerance: 6);
        AssertNear(blend, 2, 2, 255, 0, 255, tolerance: 6);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public async Task BlendInspirations_ShouldFailTheInputNodeNamingTheCount_WhenNotGiven2To5Images(int count)
    {
        var files = Enumerable.Range(0, count)
            .Select(i => TestImages.Solid(Media.File($"{i}.png"), 20, 20, MagickColors.Red, MagickFormat.Png))
            .ToArray();

        var result = await RunPresetAsync("blend-inspirations", "images", PortKind.Image, files);

        result.Nodes["source"].State.ShouldBe(NodeRunState.Failed);
        result.Nodes["source"].Error.ShouldBe($"The graph input 'images' needs 2 to 5 images; {count} {(count == 1 ? "was" : "were")} supplied.");
        result.Nodes["blend"].State.ShouldBe(NodeRunState.Skipped);
        result.Outputs.ShouldBeEmpty();
    }

    private static void AssertNear(MagickImage image, int x, int y, byte r, byte g, byte b, int tolerance = 4)
    {
        using var pixels = image.GetPixels();
        var colour = pixels.GetPixel(x, y).ToColor().ShouldNotBeNull();
        var message = $"pixel ({x},{y}) is ({colour.R},{colour.G},{colour.B}), expected ({r},{g},{b})";
        Math.Abs(colour.R - r).ShouldBeLessThanOrEqualTo(tolerance, message);
        Math.Abs(colour.G - g).ShouldBeLessThanOrEqualTo(tolerance, message);
        Math.Abs(colour.B - b).ShouldBeLessThanOrEqualTo(tolerance, message);
    }

}
