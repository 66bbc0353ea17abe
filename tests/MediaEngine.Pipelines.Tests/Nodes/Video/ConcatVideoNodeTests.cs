using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Tests.Media.TestSupport;

namespace MediaEngine.Pipelines.Tests.Nodes.Video;

public sealed class ConcatVideoNodeTests : IDisposable
{
    private readonly NodeBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Fact]
    public async Task Concat_ShouldJoinPartsOfDifferentSizesAndRatesAtTheFirstOnes_AddingSilenceWhereThereIsNoSound()
    {
        var first = await TestMedia.VideoAsync(_bench.Media.File("first.mp4"), seconds: 1, width: 160, height: 120, rate: "30", withAudio: true);
        var second = await TestMedia.VideoAsync(_bench.Media.File("second.mp4"), seconds: 1.5, width: 320, height: 180, rate: "25");

        var outputs = await _bench.RunAsync("video.concat", "{}", NodeBench.On("parts",
            NodeBench.Artifact(first, PortKind.Video), NodeBench.Artifact(second, PortKind.Video)));

        var (file, info) = await _bench.SingleAsync(outputs, "video");
        (info.Video!.Width, info.Video.Height).ShouldBe((160, 120));
        info.Video.FrameRate.ShouldBe(30, tolerance: 0.01);
        info.Video.Codec.ShouldBe("h264");
        info.Audio.ShouldNotBeNull().Codec.ShouldBe("aac");
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(2.5, tolerance: 0.15);
        file.DurationSeconds.ShouldNotBeNull().ShouldBe(2.5, tolerance: 0.05);
        _bench.Progress.ShouldContain(p => p > 0 && p < 100);
    }

    [Fact]
    public async Task Concat_ShouldUseTheGivenSizeAndRate_WhenSet()
    {
        var part = await TestMedia.VideoAsync(_bench.Media.File("part.mp4"), seconds: 1, width: 160, height: 120);

        var outputs = await _bench.RunAsync("video.concat", """{"width":320,"height":180,"fps":24}""", NodeBench.On("parts",
            NodeBench.Artifact(part, PortKind.Video), NodeBench.Artifact(part, PortKind.Video)));

        var (_, info) = await _bench.SingleAsync(outputs, "video");
        (info.Video!.Width, info.Video.Height).ShouldBe((320, 180));
        info.Video.FrameRate.ShouldBe(24, tolerance: 0.01);
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(2, tolerance: 0.15);
        info.Audio.ShouldNotBeNull("silent parts get a silent track, so the joined video always has sound");
    }

    [Fact]
    public async Task Concat_ShouldRefuse_WhenMoreThanEightPartsArrive()
    {
        var part = NodeBench.Artifact(await TestMedia.VideoAsync(_bench.Media.File("part.mp4"), seconds: 0.2, width: 64, height: 48), PortKind.Video);

        var ex = await Should.ThrowAsync<ArgumentException>(() =>
            _bench.RunAsync("video.concat", "{}", NodeBench.On("parts", [.. Enumerable.Repeat(part, 9)])));

        ex.Message.ShouldBe("Joining takes 1 to 8 videos; 9 arrived on 'parts'.");
    }

    [Theory]
    [InlineData("""{"width":320}""", "Give both width and height")]
    [InlineData("""{"width":321,"height":180}""", "must be even")]
    [InlineData("""{"fps":300}""", "between 0 (the first part's) and 240 fps")]
    public void ValidateSettings_ShouldExplain_WhenTheSizeOrRateIsWrong(string json, string expected)
    {
        _bench.Catalog.ValidateSettings("video.concat", JsonNode.Parse(json)!.AsObject()).ShouldHaveSingleItem().ShouldContain(expected);
    }
}
