using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Pipelines.Tests.Nodes.Video;

/// <summary>The video, audio and input nodes as the catalog (and so the editor and validator) sees them.</summary>
public sealed class NewNodeCatalogTests
{
    private readonly NodeCatalog _catalog = new();

    [Theory]
    [InlineData("audio.input", "", "audio:Audio", "ffprobe")]
    [InlineData("text.input", "", "text:Text", "")]
    [InlineData("videos.input", "", "videos:Video", "ffprobe")]
    [InlineData("video.trim", "video:Video", "video:Video", "ffmpeg,ffprobe")]
    [InlineData("video.scale-crop", "video:Video", "video:Video", "ffmpeg")]
    [InlineData("video.interpolate", "video:Video", "video:Video", "ffmpeg,ffprobe")]
    [InlineData("video.concat", "parts:Video*", "video:Video", "ffmpeg,ffprobe")]
    [InlineData("video.add-audio", "video:Video,audio:Audio", "video:Video", "ffmpeg,ffprobe")]
    [InlineData("audio.tts", "text:Text", "audio:Audio", "espeak-ng,ffprobe")]
    [InlineData("audio.loudnorm", "audio:Audio", "audio:Audio", "ffmpeg,ffprobe")]
    [InlineData("audio.mix", "tracks:Audio*", "audio:Audio", "ffmpeg")]
    public void Catalog_ShouldDescribeTheNodesPortsAndTools(string typeId, string inputs, string outputs, string tools)
    {
        var type = _catalog.Get(typeId).ShouldNotBeNull();

        type.Version.ShouldBe(1);
        string.Join(",", type.Inputs.Select(p => $"{p.Name}:{p.Kind}{(p.Multiple ? "*" : string.Empty)}")).ShouldBe(inputs);
        string.Join(",", type.Outputs.Select(p => $"{p.Name}:{p.Kind}")).ShouldBe(outputs);
        string.Join(",", type.RequiredTools).ShouldBe(tools);
        _catalog.ValidateSettings(typeId, typeId.EndsWith(".input", StringComparison.Ordinal) ? InputSettings(typeId) : []).ShouldBeEmpty("the defaults are valid");
    }

    [Fact]
    public void Catalog_ShouldOfferTheChoicesAndRangesOfTheNewSettings()
    {
        var interpolate = _catalog.Get("video.interpolate")!;
        interpolate.Settings.Single(s => s.Name == "method").Choices.ShouldBe(["MotionCompensated", "Blend"]);
        _catalog.Get("video.scale-crop")!.Settings.Single(s => s.Name == "aspect").Choices.ShouldBe(["Landscape16x9", "Portrait9x16", "Square1x1", "Portrait4x5"]);
        _catalog.Get("video.scale-crop")!.Settings.Single(s => s.Name == "padColour").Editor.ShouldBe(SettingEditor.Colour);
        var speed = _catalog.Get("audio.tts")!.Settings.Single(s => s.Name == "speed");
        (speed.Minimum, speed.Maximum, speed.DefaultValue).ShouldBe((80d, 450d, (object)160));
        var lufs = _catalog.Get("audio.loudnorm")!.Settings.Single(s => s.Name == "targetLufs");
        (lufs.Minimum, lufs.Maximum, lufs.DefaultValue).ShouldBe((-70d, -5d, (object)-16d));
        _catalog.Get("text.input")!.Settings.Single(s => s.Name == "text").Editor.ShouldBe(SettingEditor.MultilineText);
    }

    private static System.Text.Json.Nodes.JsonObject InputSettings(string typeId) =>
        typeId == "text.input" ? new() { ["text"] = "Hello." } : new() { ["input"] = "in" };
}
