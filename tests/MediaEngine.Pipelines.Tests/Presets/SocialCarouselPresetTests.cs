using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Support;

namespace MediaEngine.Pipelines.Tests.Presets;

/// <summary>The 'social-carousel' preset, end to end: generated photos and a CSV of titles become portrait slides and an overview.</summary>
public sealed class SocialCarouselPresetTests : PresetTestBase
{
    [Fact]
    public void Preset_ShouldBeShippedWithADescription_AndBeValid()
    {
        var graph = Presets.Get("social-carousel");

        graph.Name.ShouldBe("social-carousel");
        graph.Description.ShouldNotBeNullOrWhiteSpace();
        GraphValidator.Validate(graph, Engine.Catalog).ShouldBeEmpty();
    }

    [Fact]
    public async Task SocialCarousel_ShouldMakeAPortraitSlidePerRow_AndAContactSheet_When3ImagesAnd4RowsAreGiven()
    {
        var csv = Media.File("titles.csv");
        await File.WriteAllTextAsync(csv,
            "title,body\r\nWelcome,\"Swipe for tips, tricks\"\r\n\"Tip \"\"one\"\"\",Start small\r\nTip two,\"Keep\nat it\"\r\nThanks,\r\n",
            TestContext.Current.CancellationToken);

        var result = await RunAsync(csv, Photos(3));

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Failures.Select(f => f.Error)));
        var slides = result.Outputs["slides"];
        slides.Count.ShouldBe(4);
        foreach (var output in slides)
        {
            output.MimeType.ShouldBe("image/png");
            using var slide = new MagickImage(output.Path);
            (slide.Width, slide.Height).ShouldBe((1080u, 1350u));
        }

        var overview = result.Outputs["overview"].ShouldHaveSingleItem();
        using var sheet = new MagickImage(overview.Path);
        sheet.Format.ShouldBe(MagickFormat.Jpeg);
        (sheet.Width, sheet.Height).ShouldBe((4u * 270 + (5 * 12), 270u + (2 * 12)));
    }

    [Fact]
    public async Task SocialCarousel_ShouldFailNamingTheColumns_WhenTheCsvHasNoTitleColumn()
    {
        var csv = Media.File("titles.csv");
        await File.WriteAllTextAsync(csv, "heading,body\nHello,World\n", TestContext.Current.CancellationToken);

        var result = await RunAsync(csv, Photos(1));

        result.Succeeded.ShouldBeFalse();
        result.Nodes["slides"].State.ShouldBe(NodeRunState.Failed);
        result.Nodes["slides"].Error.ShouldBe(
            "The table has no column 'title' for the slide titles; its columns are: 'heading', 'body'. Set 'titleColumn' to one of them.");
        result.Nodes["overview"].State.ShouldBe(NodeRunState.Skipped);
        result.Outputs.ShouldBeEmpty();
    }

    [Fact]
    public async Task SocialCarousel_ShouldFailTheTableNamingTheFileAndRow_WhenARowIsRagged()
    {
        var csv = Media.File("titles.csv");
        await File.WriteAllTextAsync(csv, "title,body\nHello,World\nOops\n", TestContext.Current.CancellationToken);

        var result = await RunAsync(csv, Photos(1));

        result.Nodes["table"].State.ShouldBe(NodeRunState.Failed);
        result.Nodes["table"].Error.ShouldBe("'titles.csv' cannot be used: row 2 (line 3) has 1 field but the header has 2 columns");
    }

    private string[] Photos(int count)
    {
        string[] colours = ["#ff0000", "#00ff00", "#0000ff"];
        return Enumerable.Range(0, count)
            .Select(i => TestImages.Solid(Media.File($"photo{i}.png"), 640, 480, new MagickColor(colours[i % 3]), MagickFormat.Png))
            .ToArray();
    }

    private async Task<PipelineRunResult> RunAsync(string table, string[] photos)
    {
        var inputs = new Dictionary<string, IReadOnlyList<ArtifactRef>>
        {
            ["images"] = await ImportAsync(PortKind.Image, photos),
            ["titles"] = await ImportAsync(PortKind.Data, table),
        };
        return await Engine.RunAsync(Presets.Get("social-carousel"), inputs, TestContext.Current.CancellationToken);
    }
}
