using ImageMagick;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Nodes.Image;

namespace MediaEngine.Pipelines.Tests.Nodes.Image;

public sealed class CarouselSlideNodeTests : IDisposable
{
    private readonly ImageNodeHarness _run = new();

    public void Dispose() => _run.Dispose();

    private Task<MagickImage> SlideAsync(string settings, params ArtifactRef[] photo) =>
        _run.RunToImageAsync(new CarouselSlideNode(_run.Loader), settings,
            photo.Length == 0
                ? new Dictionary<string, IReadOnlyList<ArtifactRef>>()
                : new Dictionary<string, IReadOnlyList<ArtifactRef>> { ["image"] = photo });

    [Theory]
    [InlineData("Square", 1080u)]
    [InlineData("Portrait", 1350u)]
    [InlineData("Story", 1920u)]
    public async Task Execute_ShouldMakeA1080WideSlideOfTheAspect_OnTheBackgroundColour(string aspect, uint height)
    {
        using var slide = await SlideAsync($$"""{"aspect":"{{aspect}}","background":"#112233","title":"Hello"}""");

        slide.Format.ShouldBe(MagickFormat.Png);
        (slide.Width, slide.Height).ShouldBe((1080u, height));
        slide.ShouldBeColour(5, 5, "#112233", tolerance: 0);
        slide.ShouldBeColour(1075, (int)height - 5, "#112233", tolerance: 0);
    }

    [Fact]
    public async Task Execute_ShouldDrawTheAccentBarAboveTheTitleAndBody_CentredAsABlock()
    {
        const string settings = """{"aspect":"Square","background":"#000000","accent":"#ff0000","textColour":"#ffffff","title":"Five tips","body":"Start small and keep going."}""";

        using var slide = await SlideAsync(settings);

        var title = TextRenderer.Layout("Five tips", "DejaVu Sans", CarouselSlideNode.TitleSize, FontWeight.Bold, 888);
        var body = TextRenderer.Layout("Start small and keep going.", "DejaVu Sans", CarouselSlideNode.BodySize, FontWeight.Normal, 888);
        var top = (int)CarouselSlideNode.ContentTop(14 + 40 + title.Height + 40 + body.Height, 1080);
        var barRows = Enumerable.Range(0, 1080).Where(y => slide.Rgb(150, y) == (255, 0, 0)).ToList();
        barRows.ShouldBe(Enumerable.Range(top, 14).ToList(), "a 14 px bar at the top of the centred block");
        slide.ShouldBeColour(96, top, "#ff0000", tolerance: 0);
        slide.ShouldBeColour(255, top, "#ff0000", tolerance: 0);
        slide.ShouldBeColour(95, top, "#000000", tolerance: 0);
        slide.ShouldBeColour(256, top, "#000000", tolerance: 0);
        var titleTop = top + 14 + 40;
        var bodyTop = titleTop + (int)title.Height + 40;
        Ink(slide, titleTop, (int)title.Height).ShouldBeGreaterThan(500, "the title is drawn");
        Ink(slide, bodyTop, (int)body.Height).ShouldBeGreaterThan(300, "the body is drawn");
        slide.CountNot("#000000", 0, 0, 1080, top).ShouldBe(0, "nothing above the block");
        slide.CountNot("#000000", 0, 0, 96, 1080).ShouldBe(0, "nothing in the left margin");
    }

    [Fact]
    public async Task Execute_ShouldWrapALongTitle_InsideTheMargins()
    {
        using var slide = await SlideAsync("""{"aspect":"Story","background":"#000000","title":"A considerably longer headline that cannot possibly fit on a single line"}""");

        slide.CountNot("#000000", 1080 - 96, 0, 96, 1920).ShouldBe(0, "nothing in the right margin");
        var rows = Enumerable.Range(0, 1920).Count(y => slide.CountNot("#000000", 96, y, 888, 1) > 0);
        rows.ShouldBeGreaterThan(2 * CarouselSlideNode.TitleSize, "the title takes several lines");
    }

    [Fact]
    public async Task Execute_ShouldCoverTheSlideWithTheTintedPhoto_WhenAPhotoIsConnected()
    {
        var photo = _run.Solid("photo.jpg", 800, 600, "#ff0000");

        using var slide = await SlideAsync("""{"aspect":"Portrait","background":"#000000","title":"Over a photo"}""", photo);

        // 40 % of the black background over red: 60 % red.
        (slide.Width, slide.Height).ShouldBe((1080u, 1350u));
        slide.ShouldBeColour(5, 5, "#990000", tolerance: 3);
        slide.ShouldBeColour(1075, 1345, "#990000", tolerance: 3);
    }

    [Fact]
    public async Task Execute_ShouldRefuse_WhenTheTextDoesNotFitTheSlide()
    {
        var body = string.Join(" ", Enumerable.Repeat("Far too many words for one square slide.", 40));

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => SlideAsync($$"""{"aspect":"Square","title":"Long","body":"{{body}}"}"""));

        ex.Message.ShouldStartWith("The title and body need ");
        ex.Message.ShouldEndWith("but a Square slide has room for 888; shorten the text or choose a taller aspect.");
    }

    [Fact]
    public async Task Execute_ShouldRefuseNamingTheFont_WhenTheFamilyIsNotInstalled()
    {
        var ex = await Should.ThrowAsync<InvalidOperationException>(() => SlideAsync("""{"title":"Hi","font":"Nope Sans"}"""));

        ex.Message.ShouldStartWith("The font family 'Nope Sans' is not installed.");
    }

    private static int Ink(MagickImage slide, int top, int height) =>
        slide.CountNot("#000000", 96, top, 888, height);
}
