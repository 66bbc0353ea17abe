using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Support;

namespace MediaEngine.Pipelines.Tests.Presets;

/// <summary>The interpolate-120fps and stitch-parts presets, end to end through the engine, on tiny clips.</summary>
public sealed class VideoPresetTests : PresetTestBase
{
    private readonly MediaProbe _probe = new(ToolProbes.Real());

    [Theory]
    [InlineData("interpolate-120fps")]
    [InlineData("stitch-parts")]
    public void Preset_ShouldBeShippedValidAndDescribed(string id)
    {
        Presets.Contains(id).ShouldBeTrue();
        var graph = Presets.Get(id);
        graph.Name.ShouldBe(id);
        graph.Description.ShouldNotBeNullOrWhiteSpace();
        GraphValidator.Validate(graph, Engine.Catalog).ShouldBeEmpty();
    }

    [Fact]
    public async Task Interpolate120_ShouldMakeA120FpsH264Mp4OfTheSameLengthAndSize()
    {
        var clip = await TestMedia.VideoAsync(Media.File("clip.mp4"), seconds: 1, width: 160, height: 120, rate: "30", withAudio: true);

        var result = await RunPresetAsync("interpolate-120fps", "video", PortKind.Video, clip);

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Failures.Select(f => f.Error)));
        var video = result.Outputs["video"].ShouldHaveSingleItem();
        video.MimeType.ShouldBe("video/mp4");
        var info = await _probe.ProbeAsync(video.Path, TestContext.Current.CancellationToken);
        info.Video.ShouldNotBeNull().Codec.ShouldBe("h264");
        info.Video.FrameRate.ShouldBe(120, tolerance: 0.01);
        (info.Video.Width, info.Video.Height).ShouldBe((160, 120));
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(1, tolerance: 0.1);
        info.Audio.ShouldNotBeNull().Codec.ShouldBe("aac");
    }

    [Fact]
    public async Task Interpolate120_ShouldFailTheInterpolationClearly_WhenTheVideoIsAlready120Fps()
    {
        var clip = await TestMedia.VideoAsync(Media.File("fast.mp4"), seconds: 0.25, width: 64, height: 48, rate: "120");

        var result = await RunPresetAsync("interpolate-120fps", "video", PortKind.Video, clip);

        result.Nodes["source"].State.ShouldBe(NodeRunState.Succeeded);
        result.Nodes["interpolate"].State.ShouldBe(NodeRunState.Failed);
        result.Nodes["interpolate"].Error.ShouldNotBeNull().ShouldContain("must be higher than the video's own (120 fps)");
        result.Outputs.ShouldBeEmpty();
    }

    [Fact]
    public async Task StitchParts_ShouldJoinThePartsInOrderAtTheFirstOnesSizeAndRate()
    {
        string[] parts =
        [
            await TestMedia.VideoAsync(Media.File("a.mp4"), seconds: 1, width: 160, height: 120, rate: "30", withAudio: true),
            await TestMedia.VideoAsync(Media.File("b.mov"), seconds: 1, width: 320, height: 240, rate: "25"),
            await TestMedia.VideoAsync(Media.File("c.mp4"), seconds: 0.5, width: 240, height: 120, rate: "30", withAudio: true),
        ];

        var result = await RunPresetAsync("stitch-parts", "parts", PortKind.Video, parts);

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Failures.Select(f => f.Error)));
        var video = result.Outputs["video"].ShouldHaveSingleItem();
        var info = await _probe.ProbeAsync(video.Path, TestContext.Current.CancellationToken);
        info.Video.ShouldNotBeNull().Codec.ShouldBe("h264");
        (info.Video.Width, info.Video.Height).ShouldBe((160, 120));
        info.Video.FrameRate.ShouldBe(30, tolerance: 0.01);
        info.Audio.ShouldNotBeNull().Codec.ShouldBe("aac");
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(2.5, tolerance: 0.15);
    }

    [Fact]
    public async Task StitchParts_ShouldRefuseSayingHowManyItTakes_WhenFourPartsAreSupplied()
    {
        var part = await TestMedia.VideoAsync(Media.File("p.mp4"), seconds: 0.2, width: 64, height: 48);

        var result = await RunPresetAsync("stitch-parts", "parts", PortKind.Video, part, part, part, part);

        result.Nodes["parts"].State.ShouldBe(NodeRunState.Failed);
        result.Nodes["parts"].Error.ShouldBe("The graph input 'parts' takes 1 to 3 videos, but 4 were supplied.");
        result.Nodes["join"].State.ShouldBe(NodeRunState.Skipped);
    }

}
