using System.Text.Json.Nodes;
using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Nodes.Image;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Support;

namespace MediaEngine.Pipelines.Tests.Presets;

/// <summary>
/// The brand kit of social-carousel and reel-from-slides: one parameter change restyles every slide (checked on the
/// pixels) and re-runs only the nodes bound to it and what depends on them; the rest comes from the cache.
/// </summary>
public sealed class BrandKitPresetTests : PresetTestBase
{
    private static readonly Dictionary<string, JsonNode?> GreenBackground = new() { ["background"] = "#00ff00" };

    [Theory]
    [InlineData("social-carousel")]
    [InlineData("reel-from-slides")]
    public void Preset_ShouldDeclareBrandKitParameters_ThatMatchTheSlideSettings(string preset)
    {
        var graph = Presets.Get(preset);

        graph.Parameters.Select(p => p.Name).ShouldContain(BrandKit.Background);
        GraphValidator.Validate(graph, Engine.Catalog).ShouldBeEmpty("every declared parameter is bound and fits its settings");
        ParameterBinding.In(graph).Select(b => b.Parameter).Distinct().Count().ShouldBe(graph.Parameters.Count);
    }

    [Fact]
    public void BrandKitChoices_ShouldBeTheSlideNodesChoices()
    {
        BrandKit.Styles.ShouldBe(Enum.GetNames<SlideStyle>());
        BrandKit.Aspects.ShouldBe(Enum.GetNames<SlideAspect>());
        GraphValidator.Validate(Presets.Get("social-carousel").WithParameters(BrandKit.Parameters), Engine.Catalog)
            .ShouldAllBe(p => !p.IsError, "the standard brand kit's defaults suit the carousel's bound settings");
    }

    [Fact]
    public async Task SocialCarousel_ShouldRecolourEverySlide_AndReRunOnlyTheBoundNodes_WhenTheBackgroundChanges()
    {
        var inputs = await CarouselInputsAsync(rows: 3);
        var before = await RunAsync("social-carousel", inputs, []);
        var after = await RunAsync("social-carousel", inputs, GreenBackground);

        before.Succeeded.ShouldBeTrue(string.Join("; ", before.Failures.Select(f => f.Error)));
        after.Succeeded.ShouldBeTrue(string.Join("; ", after.Failures.Select(f => f.Error)));
        after.Outputs["slides"].Count.ShouldBe(3);
        foreach (var (old, recoloured) in before.Outputs["slides"].Zip(after.Outputs["slides"]))
        {
            Green(old.Path, 5, 5).ShouldBeLessThan(40, "the default background is a dark navy");
            Green(recoloured.Path, 5, 5).ShouldBeGreaterThan(80, "a red photo tinted 40 % green");
        }

        CacheHits(after).ShouldBe(new SortedDictionary<string, bool>(StringComparer.Ordinal)
        {
            ["photos"] = true, ["table"] = true, ["logo"] = true, ["slides"] = false, ["overview"] = false,
        });
    }

    [Fact]
    public async Task SocialCarousel_ShouldCapTheSlides_AndDrawTheLogoOnEach_WhenSlideCountAndLogoAreSet()
    {
        var logo = await LibraryImageAsync("#ff00ff");
        var inputs = await CarouselInputsAsync(rows: 4);

        var result = await RunAsync("social-carousel", inputs, new Dictionary<string, JsonNode?> { ["slideCount"] = 2, ["logo"] = logo.ToString() });

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Failures.Select(f => f.Error)));
        result.Outputs["slides"].Count.ShouldBe(2);
        foreach (var slide in result.Outputs["slides"])
        {
            using var image = new MagickImage(slide.Path);
            var pixel = image.GetPixels().GetPixel((int)image.Width - 60, (int)image.Height - 60).ToColor()!;
            (pixel.R, pixel.G, pixel.B).ShouldBe(((byte)255, (byte)0, (byte)255), "the magenta logo sits in the bottom-right corner");
        }
    }

    [Fact]
    public async Task SocialCarousel_ShouldRefuseTheRun_WhenAParameterValueDoesNotFit()
    {
        var inputs = await CarouselInputsAsync(rows: 1);

        var ex = await Should.ThrowAsync<PipelineValidationException>(() => RunAsync("social-carousel", inputs, new Dictionary<string, JsonNode?>
        {
            ["accent"] = "orange", ["aspect"] = "Wide", ["nope"] = 1,
        }));

        ex.Problems.Select(p => p.Parameter).ShouldBe(["nope", "accent", "aspect"], ignoreOrder: true);
    }

    [Fact]
    public async Task ReelFromSlides_ShouldRecolourEveryFrameSlide_AndReuseTheNarration_WhenTheBackgroundChanges()
    {
        // Test-only size keeps the encode fast; the preset itself makes 1080×1920.
        var graph = SettingOverrides.Apply(
            Presets.Get("reel-from-slides"),
            [new("slideshow.width", JsonValue.Create(180)), new("slideshow.height", JsonValue.Create(320))]);
        var narration = Media.File("narration.txt");
        await File.WriteAllTextAsync(narration, "Two slides.", TestContext.Current.CancellationToken);
        var inputs = new Dictionary<string, IReadOnlyList<ArtifactRef>>
        {
            ["images"] = await ImportAsync(PortKind.Image, Photo("a.png"), Photo("b.png")),
            ["narration"] = await ImportAsync(PortKind.Text, narration),
        };

        var before = await Engine.RunAsync(new PipelineRunRequest(graph, inputs), TestContext.Current.CancellationToken);
        var after = await Engine.RunAsync(new PipelineRunRequest(graph, inputs) { Parameters = GreenBackground }, TestContext.Current.CancellationToken);

        after.Succeeded.ShouldBeTrue(string.Join("; ", after.Failures.Select(f => f.Error)));
        var slides = after.Nodes["frame"].Outputs.Select(o => o.Artifact).ToList();
        slides.Count.ShouldBe(2);
        slides.ShouldAllBe(s => Green(s.Path, 5, 5) > 80);
        before.Nodes["frame"].Outputs.ShouldAllBe(o => Green(o.Artifact.Path, 5, 5) < 40);
        CacheHits(after).ShouldBe(new SortedDictionary<string, bool>(StringComparer.Ordinal)
        {
            ["slides"] = true, ["logo"] = true, ["text"] = true, ["speech"] = true, ["loudnorm"] = true,
            ["frame"] = false, ["slideshow"] = false, ["reel"] = false,
        });
    }

    private static SortedDictionary<string, bool> CacheHits(PipelineRunResult result) =>
        new(result.Nodes.ToDictionary(n => n.Key, n => n.Value.CacheHit), StringComparer.Ordinal);

    private static int Green(string path, int x, int y)
    {
        using var image = new MagickImage(path);
        return image.GetPixels().GetPixel(x, y).ToColor()!.G;
    }

    private string Photo(string name) => TestImages.Solid(Media.File(name), 320, 240, new MagickColor("#ff0000"), MagickFormat.Png);

    private async Task<Dictionary<string, IReadOnlyList<ArtifactRef>>> CarouselInputsAsync(int rows)
    {
        var csv = Media.File("titles.csv");
        await File.WriteAllTextAsync(csv, "title\n" + string.Concat(Enumerable.Range(1, rows).Select(i => $"Slide {i}\n")), TestContext.Current.CancellationToken);
        return new Dictionary<string, IReadOnlyList<ArtifactRef>>
        {
            ["images"] = await ImportAsync(PortKind.Image, Photo("photo.png")),
            ["titles"] = await ImportAsync(PortKind.Data, csv),
        };
    }

    private Task<PipelineRunResult> RunAsync(string preset, Dictionary<string, IReadOnlyList<ArtifactRef>> inputs, Dictionary<string, JsonNode?> parameters) =>
        Engine.RunAsync(new PipelineRunRequest(Presets.Get(preset), inputs) { Parameters = parameters }, TestContext.Current.CancellationToken);

    /// <summary>A solid 200×200 PNG stored and recorded as an image asset in the library, as an upload would leave it.</summary>
    private async Task<Guid> LibraryImageAsync(string colour)
    {
        var file = TestImages.Solid(Media.File("logo.png"), 200, 200, new MagickColor(colour), MagickFormat.Png);
        var stored = await Engine.Store.ImportSourceAsync(file, PortKind.Image, TestContext.Current.CancellationToken);
        var asset = new Asset { Name = "logo.png", Kind = MediaKind.Image, MimeType = "image/png", Sha256 = stored.Sha256, SizeBytes = stored.SizeBytes, Width = 200, Height = 200 };
        await using var db = Engine.Database.CreateDbContext();
        db.Assets.Add(asset);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return asset.Id;
    }
}
