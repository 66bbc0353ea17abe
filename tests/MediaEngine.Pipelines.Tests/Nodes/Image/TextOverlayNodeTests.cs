using ImageMagick;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Nodes.Image;

namespace MediaEngine.Pipelines.Tests.Nodes.Image;

public sealed class TextOverlayNodeTests : IDisposable
{
    private readonly ImageNodeHarness _run = new();

    public void Dispose() => _run.Dispose();

    private Task<MagickImage> TextAsync(string settings, ArtifactRef image) =>
        _run.RunToImageAsync(new TextOverlayNode(_run.Loader), settings,
            new Dictionary<string, IReadOnlyList<ArtifactRef>> { ["image"] = [image] });

    [Fact]
    public async Task Execute_ShouldDrawTextOnAnOpaqueBox_AtTheBottomInsideTheMargin()
    {
        var photo = _run.Solid("photo.png", 400, 200, "#000000");

        using var result = await TextAsync(
            """{"text":"Hello","size":40,"colour":"#ffffff","box":true,"boxColour":"#ff0000","boxOpacity":100,"placement":"Bottom","margin":10}""", photo);

        (result.Width, result.Height).ShouldBe((400u, 200u));
        result.ShouldBeColour(200, 188, "#ff0000", tolerance: 0);
        result.ShouldBeColour(200, 195, "#000000", tolerance: 0);
        result.ShouldBeColour(200, 20, "#000000", tolerance: 0);
        result.ShouldBeColour(5, 160, "#000000", tolerance: 0);
        var white = result.CountNot("#ffffff", 0, 0, 400, 200, tolerance: 40);
        (400 * 200 - white).ShouldBeGreaterThan(100, "the letters are drawn in white");
        result.CountNot("#000000", 0, 0, 400, 100).ShouldBe(0, "nothing is drawn in the top half");
    }

    [Fact]
    public async Task Execute_ShouldBlendTheBox_WhenBoxOpacityIsBelow100()
    {
        var photo = _run.Solid("photo.png", 400, 200, "#ffffff");

        using var result = await TextAsync(
            """{"text":"Hello","size":40,"colour":"#ffffff","boxColour":"#000000","boxOpacity":50,"placement":"Top","margin":10}""", photo);

        result.ShouldBeColour(200, 12, "#808080");
        result.ShouldBeColour(200, 5, "#ffffff", tolerance: 0);
    }

    [Fact]
    public async Task Execute_ShouldWrapWithinTheMaximumWidth_WhenTheTextIsLong()
    {
        var photo = _run.Solid("photo.png", 600, 400, "#000000");

        using var result = await TextAsync(
            """{"text":"one two three four five six seven eight nine ten","size":30,"box":false,"placement":"Center","maxWidthPercent":50}""", photo);

        result.CountNot("#000000", 0, 0, 150, 400).ShouldBe(0, "nothing left of the central 50 %");
        result.CountNot("#000000", 450, 0, 150, 400).ShouldBe(0, "nothing right of the central 50 %");
        var rows = Enumerable.Range(0, 400).Where(y => result.CountNot("#000000", 150, y, 300, 1) > 0).ToList();
        rows.ShouldNotBeEmpty();
        (rows[^1] - rows[0]).ShouldBeGreaterThan(2 * 30, "ten words in 300 px take at least three lines");
        ((rows[0] + rows[^1]) / 2.0).ShouldBe(200, tolerance: 20, "the block is centred vertically");
    }

    [Fact]
    public async Task Execute_ShouldRefuseNamingTheFont_WhenTheFamilyIsNotInstalled()
    {
        var photo = _run.Solid("photo.png", 40, 40, "#000000");

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => TextAsync("""{"text":"Hi","font":"Comic Nonsense"}""", photo));

        ex.Message.ShouldStartWith("The font family 'Comic Nonsense' is not installed. Installed families: ");
        ex.Message.ShouldContain("DejaVu Sans");
    }

    [Fact]
    public void ResolveFamily_ShouldReturnTheInstalledSpelling_WhenCaseDiffers()
    {
        TextRenderer.ResolveFamily(" dejavu sans ").ShouldBe("DejaVu Sans");
    }

    [Fact]
    public void Layout_ShouldKeepLineBreaksAndFitEveryLine_WhenWrapping()
    {
        var block = TextRenderer.Layout("First line\nsecond line is rather longer than the first", "DejaVu Sans", 20, FontWeight.Normal, 150);

        block.Lines[0].ShouldBe("First line");
        block.Lines.Count.ShouldBeGreaterThanOrEqualTo(4);
        string.Join(" ", block.Lines.Skip(1)).ShouldBe("second line is rather longer than the first");
        block.LineWidths.ShouldAllBe(w => w > 0 && w <= 150);
        block.Height.ShouldBe(block.Lines.Count * block.LineHeight);
    }

    [Fact]
    public void Layout_ShouldBreakAWordInside_WhenTheWordAloneIsTooWide()
    {
        var block = TextRenderer.Layout("Supercalifragilisticexpialidocious", "DejaVu Sans", 40, FontWeight.Normal, 120);

        block.Lines.Count.ShouldBeGreaterThan(1);
        string.Concat(block.Lines).ShouldBe("Supercalifragilisticexpialidocious");
        block.LineWidths.ShouldAllBe(w => w <= 120);
    }
}
