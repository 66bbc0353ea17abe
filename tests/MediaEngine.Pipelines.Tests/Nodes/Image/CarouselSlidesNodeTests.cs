using System.Text.Json.Nodes;
using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Nodes.Image;

namespace MediaEngine.Pipelines.Tests.Nodes.Image;

public sealed class CarouselSlidesNodeTests : IDisposable
{
    private readonly ImageNodeHarness _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Execute_ShouldMakeOneSlidePerRow_OnTheBackgroundColour()
    {
        var rows = Rows("""[{"title":"One","body":"First"},{"title":"Two","body":"Second"},{"title":"Three","body":""}]""");

        var outputs = await _run.RunAsync(Node(), """{"aspect":"Square","background":"#112233"}""", Inputs(rows));

        outputs.Files.Count.ShouldBe(3);
        foreach (var file in outputs.Files)
        {
            file.Port.ShouldBe("slides");
            file.Kind.ShouldBe(PortKind.ImageSet);
            file.MimeType.ShouldBe("image/png");
            using var slide = new MagickImage(file.FilePath);
            (slide.Width, slide.Height).ShouldBe((1080u, 1080u));
            (file.Width, file.Height).ShouldBe((1080, 1080));
            slide.ShouldBeColour(5, 5, "#112233", tolerance: 0);
            slide.CountNot("#112233", 0, 0, 1080, 1080).ShouldBeGreaterThan(500, "the title is drawn");
        }
    }

    [Fact]
    public async Task Execute_ShouldUseTheImagesInTurn_WhenImagesAreConnected()
    {
        var rows = Rows("""[{"title":"A"},{"title":"B"},{"title":"C"}]""");
        var red = _run.Solid("red.png", 300, 300, "#ff0000");
        var blue = _run.Solid("blue.png", 300, 300, "#0000ff");

        var outputs = await _run.RunAsync(Node(), """{"background":"#000000"}""", Inputs(rows, red, blue));

        outputs.Files.Count.ShouldBe(3);
        string[] expected = ["#990000", "#000099", "#990000"];
        for (var i = 0; i < 3; i++)
        {
            using var slide = new MagickImage(outputs.Files[i].FilePath);
            slide.ColorSpace = ColorSpace.sRGB;
            (slide.Width, slide.Height).ShouldBe((1080u, 1350u));
            slide.ShouldBeColour(5, 5, expected[i], tolerance: 3);
        }
    }

    [Fact]
    public async Task Execute_ShouldFailListingTheColumns_WhenTheTitleColumnIsMissing()
    {
        var rows = Rows("""[{"heading":"A","text":"x"}]""");

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => _run.RunAsync(Node(), "{}", Inputs(rows)));

        ex.Message.ShouldBe("The table has no column 'title' for the slide titles; its columns are: 'heading', 'text'. Set 'titleColumn' to one of them.");
    }

    [Fact]
    public async Task Execute_ShouldReadTheConfiguredColumns_AndMakeTitleOnlySlides_WhenTheBodyColumnIsMissing()
    {
        var rows = Rows("""[{"Heading":"A"},{"Heading":"B"}]""");

        var outputs = await _run.RunAsync(Node(), """{"titleColumn":"heading","bodyColumn":"text"}""", Inputs(rows));

        outputs.Files.Count.ShouldBe(2);
        _run.Log.ShouldContain("The table has no column 'text'; the slides have titles only.");
    }

    [Fact]
    public async Task Execute_ShouldNameTheRow_WhenItsTextDoesNotFit()
    {
        var body = string.Join(' ', Enumerable.Repeat("Far too much text for one slide.", 80));
        var rows = Rows(new JsonArray(new JsonObject { ["title"] = "Fine" }, new JsonObject { ["title"] = "Long", ["body"] = body }).ToJsonString());

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => _run.RunAsync(Node(), """{"aspect":"Square"}""", Inputs(rows)));

        ex.Message.ShouldStartWith("Row 2: the title and body need ");
    }

    [Fact]
    public async Task Execute_ShouldReportProgressPerSlide()
    {
        var rows = Rows("""[{"title":"A"},{"title":"B"},{"title":"C"},{"title":"D"}]""");
        var (settings, problems) = SettingsBinder.Bind(typeof(CarouselSlidesSettings), new JsonObject());
        problems.ShouldBeEmpty();
        var work = _run.File("progress-work");
        Directory.CreateDirectory(work);
        var progress = new List<(double, string?)>();
        var context = new NodeContext("slides", work, Inputs(rows), new Dictionary<string, IReadOnlyList<ArtifactRef>>(),
            (percent, message) => progress.Add((percent, message)), _ => { });

        await Node().ExecuteAsync(context, settings!, TestContext.Current.CancellationToken);

        progress.ShouldBe([(25.0, "slide 1 of 4"), (50.0, "slide 2 of 4"), (75.0, "slide 3 of 4"), (100.0, "slide 4 of 4")]);
    }

    private CarouselSlidesNode Node() => new(_run.Loader);

    private ArtifactRef Rows(string json)
    {
        var path = _run.File($"rows-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return ImageNodeHarness.Artifact(path) with { Kind = PortKind.Data };
    }

    private static Dictionary<string, IReadOnlyList<ArtifactRef>> Inputs(ArtifactRef rows, params ArtifactRef[] images)
    {
        var inputs = new Dictionary<string, IReadOnlyList<ArtifactRef>> { ["rows"] = [rows] };
        if (images.Length > 0)
        {
            inputs["images"] = images;
        }

        return inputs;
    }
}
