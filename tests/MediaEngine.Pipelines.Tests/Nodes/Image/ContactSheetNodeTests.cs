using ImageMagick;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Nodes.Image;

namespace MediaEngine.Pipelines.Tests.Nodes.Image;

public sealed class ContactSheetNodeTests : IDisposable
{
    private readonly ImageNodeHarness _run = new();

    public void Dispose() => _run.Dispose();

    private Task<MagickImage> SheetAsync(string settings, params ArtifactRef[] images) =>
        _run.RunToImageAsync(new ContactSheetNode(_run.Loader, _run.LimitOptions), settings,
            new Dictionary<string, IReadOnlyList<ArtifactRef>> { ["images"] = images });

    [Fact]
    public async Task Execute_ShouldLayTheImagesOutInRowsOfColumns_WithSpacingAndBackground()
    {
        string[] colours = ["#ff0000", "#00ff00", "#0000ff", "#ffff00", "#00ffff"];
        var images = colours.Select((c, i) => _run.Solid($"{i}.png", 100, 100, c)).ToArray();

        using var sheet = await SheetAsync("""{"columns":2,"tileSize":64,"spacing":10,"background":"#000000","format":"Png"}""", images);

        sheet.Format.ShouldBe(MagickFormat.Png);
        (sheet.Width, sheet.Height).ShouldBe((2 * 64 + 3 * 10u, 3 * 64 + 4 * 10u));
        for (var i = 0; i < colours.Length; i++)
        {
            var (left, top) = (10 + (i % 2 * 74), 10 + (i / 2 * 74));
            sheet.ShouldBeColour(left + 32, top + 32, colours[i]);
            sheet.ShouldBeColour(left, top, colours[i]);
            sheet.ShouldBeColour(left + 63, top + 63, colours[i]);
            sheet.ShouldBeColour(left - 1, top + 32, "#000000");
        }

        sheet.ShouldBeColour(10 + 74 + 32, 10 + 148 + 32, "#000000");
        sheet.ShouldBeColour(5, 5, "#000000");
    }

    [Fact]
    public async Task Execute_ShouldFitAWideImageCentredInItsTile_AndUseOneColumnForOneImage()
    {
        var wide = _run.Solid("wide.png", 128, 64, "#0000ff");

        using var sheet = await SheetAsync("""{"columns":4,"tileSize":64,"spacing":10,"background":"#ffffff","format":"Png"}""", wide);

        // Fitted to 64×32 and centred: rows 16–47 of the tile are blue, the rest background.
        (sheet.Width, sheet.Height).ShouldBe((84u, 84u));
        sheet.ShouldBeColour(42, 10 + 16, "#0000ff");
        sheet.ShouldBeColour(42, 10 + 47, "#0000ff");
        sheet.ShouldBeColour(42, 10 + 14, "#ffffff");
        sheet.ShouldBeColour(42, 10 + 49, "#ffffff");
    }

    [Fact]
    public async Task Execute_ShouldWriteJpeg_ByDefault()
    {
        var red = _run.Solid("red.png", 40, 40, "#ff0000");

        using var sheet = await SheetAsync("{}", red);

        sheet.Format.ShouldBe(MagickFormat.Jpeg);
        (sheet.Width, sheet.Height).ShouldBe((256 + 16u, 256 + 16u));
    }

    [Fact]
    public async Task Execute_ShouldRefuse_WhenTheSheetWouldExceedMaxPixels()
    {
        _run.Limits.MaxPixels = 10_000;
        var images = Enumerable.Range(0, 3).Select(i => _run.Solid($"{i}.png", 8, 8, "#ff0000")).ToArray();

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => SheetAsync("""{"columns":3,"tileSize":64,"spacing":0}""", images));

        ex.Message.ShouldBe("The contact sheet of 3 images would be 192×64 = 12,288 pixels, over the 10,000 pixel limit " +
            "(MediaEngine:Media:MaxPixels); use more columns, smaller tiles or fewer images.");
    }
}
