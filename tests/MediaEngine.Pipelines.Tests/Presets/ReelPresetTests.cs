using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Support;

namespace MediaEngine.Pipelines.Tests.Presets;

/// <summary>The reel-from-slides preset: slides and a narration text, end to end through the engine.</summary>
public sealed class ReelPresetTests : PresetTestBase
{
    private readonly MediaProbe _probe = new(ToolProbes.Real());

    [Fact]
    public void ReelPreset_ShouldBeShippedValidAndA1080x1920ReelFittedToTheNarration()
    {
        Presets.Contains("reel-from-slides").ShouldBeTrue();
        var graph = Presets.Get("reel-from-slides");
        graph.Description.ShouldNotBeNullOrWhiteSpace();
        GraphValidator.Validate(graph, Engine.Catalog).ShouldBeEmpty();
        var slideshow = graph.FindNode("slideshow").ShouldNotBeNull();
        slideshow.Settings["width"]!.GetValue<int>().ShouldBe(1080);
        slideshow.Settings["height"]!.GetValue<int>().ShouldBe(1920);
        slideshow.Settings["timing"]!.GetValue<string>().ShouldBe("FitAudio");
        slideshow.Settings["crossfadeSeconds"]!.GetValue<double>().ShouldBe(0.5);
    }

    [Fact]
    public async Task ReelPreset_ShouldMakeAnH264ReelWithTheNarrationAsAac_WhenGivenThreeSlidesAndAText()
    {
        // Test-only size keeps the encode fast; the preset itself makes 1080×1920.
        var graph = SettingOverrides.Apply(
            Presets.Get("reel-from-slides"),
            [new("slideshow.width", JsonValue.Create(180)), new("slideshow.height", JsonValue.Create(320))]);
        var slides = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            slides.Add(await TestMedia.ImageAsync(Media.File($"slide-{i}.png"), 320, 180));
        }

        var textPath = Media.File("narration.txt");
        await File.WriteAllTextAsync(textPath, "Three slides, one short story, told in a reel.", TestContext.Current.CancellationToken);

        var result = await Engine.RunAsync(
            graph,
            new Dictionary<string, IReadOnlyList<ArtifactRef>>
            {
                ["images"] = await ImportAsync(PortKind.Image, [.. slides]),
                ["narration"] = await ImportAsync(PortKind.Text, textPath),
            },
            TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Failures.Select(f => f.Error)));
        var narration = result.Nodes["loudnorm"].Outputs.ShouldHaveSingleItem().Artifact;
        var narrationInfo = await _probe.ProbeAsync(narration.Path, TestContext.Current.CancellationToken);
        var reel = result.Outputs["reel"].ShouldHaveSingleItem();
        reel.MimeType.ShouldBe("video/mp4");
        var info = await _probe.ProbeAsync(reel.Path, TestContext.Current.CancellationToken);
        info.Video.ShouldNotBeNull().Codec.ShouldBe("h264");
        (info.Video.Width, info.Video.Height).ShouldBe((180, 320));
        info.Audio.ShouldNotBeNull().Codec.ShouldBe("aac");
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(narrationInfo.DurationSeconds.ShouldNotBeNull(), tolerance: 0.3);
    }
}
