using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Nodes.Io;

namespace MediaEngine.Pipelines.Tests.Nodes.Image;

public sealed class ImageSetInputNodeTests : IDisposable
{
    private readonly ImageNodeHarness _run = new();

    public void Dispose() => _run.Dispose();

    private Task<NodeOutputs> RunAsync(string settings, params ArtifactRef[] supplied) =>
        _run.RunAsync(new ImageSetInputNode(_run.Loader), settings, new Dictionary<string, IReadOnlyList<ArtifactRef>>(),
            new Dictionary<string, IReadOnlyList<ArtifactRef>> { ["photos"] = supplied });

    [Fact]
    public async Task Execute_ShouldPassEverySuppliedImageThroughInOrder_WithItsSize()
    {
        var a = _run.Solid("a.png", 40, 30, "#ff0000");
        var b = _run.Solid("b.jpg", 20, 50, "#00ff00");
        var c = _run.Solid("c.png", 10, 10, "#0000ff");

        var outputs = await RunAsync("""{"input":"photos","minCount":2,"maxCount":5}""", a, b, c);

        outputs.Files.ShouldBeEmpty();
        outputs.PassThrough.Select(p => p.Port).ShouldBe(["images", "images", "images"]);
        outputs.PassThrough.Select(p => (p.Artifact.Path, p.Artifact.Width, p.Artifact.Height)).ShouldBe(
            [(a.Path, 40, 30), (b.Path, 20, 50), (c.Path, 10, 10)]);
        outputs.PassThrough.ShouldAllBe(p => p.Artifact.Kind == PortKind.ImageSet);
    }

    [Fact]
    public async Task Execute_ShouldRefuseNamingTheCounts_WhenFewerImagesThanTheMinimumAreSupplied()
    {
        var a = _run.Solid("a.png", 4, 4, "#ff0000");

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => RunAsync("""{"input":"photos","minCount":2,"maxCount":5}""", a));

        ex.Message.ShouldBe("The graph input 'photos' needs 2 to 5 images; 1 was supplied.");
    }

    [Fact]
    public async Task Execute_ShouldRefuseNamingTheCounts_WhenMoreImagesThanTheMaximumAreSupplied()
    {
        var images = Enumerable.Range(1, 3).Select(i => _run.Solid($"{i}.png", 4, 4, "#ff0000")).ToArray();

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => RunAsync("""{"input":"photos","maxCount":2}""", images));

        ex.Message.ShouldBe("The graph input 'photos' needs 1 to 2 images; 3 were supplied.");
    }

    [Fact]
    public async Task Execute_ShouldSayExactly_WhenMinimumAndMaximumAreEqual()
    {
        var a = _run.Solid("a.png", 4, 4, "#ff0000");

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => RunAsync("""{"input":"photos","minCount":3,"maxCount":3}""", a));

        ex.Message.ShouldBe("The graph input 'photos' needs exactly 3 images; 1 was supplied.");
    }

    [Fact]
    public async Task Execute_ShouldNameTheUsersFile_WhenOneImageIsCorrupt()
    {
        var good = _run.Solid("good.png", 4, 4, "#ff0000");
        var stored = _run.File("0123abcd.jpg");
        await File.WriteAllBytesAsync(stored, [0xFF, 0xD8, 0xFF, 0x00, 0x13, 0x37], TestContext.Current.CancellationToken);
        var broken = ImageNodeHarness.Artifact(stored) with { Name = "holiday.jpg" };

        var ex = await Should.ThrowAsync<MediaInputException>(() => RunAsync("""{"input":"photos"}""", good, broken));

        ex.FilePath.ShouldBe("holiday.jpg");
        ex.Message.ShouldStartWith("'holiday.jpg' cannot be used: it is not a readable JPEG image");
    }

    [Fact]
    public async Task Execute_ShouldSayNothingWasSupplied_WhenTheInputIsEmpty()
    {
        var ex = await Should.ThrowAsync<InvalidOperationException>(() => RunAsync("""{"input":"photos"}"""));

        ex.Message.ShouldBe("No file was supplied for the graph input 'photos'.");
    }
}
