using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Pipelines.Tests.Catalog;

public sealed class NodeCatalogTests
{
    private readonly NodeCatalog _catalog = new();

    [Fact]
    public void Catalog_ShouldDescribeResizeWithPortsRangesAndChoices()
    {
        var resize = _catalog.Get("image.resize").ShouldNotBeNull();

        resize.Version.ShouldBe(1);
        resize.Inputs.ShouldBe([new PortSpec("image", PortKind.Image)]);
        resize.Outputs.ShouldBe([new PortSpec("image", PortKind.Image)]);
        var width = resize.Settings.Single(s => s.Name == "width");
        width.Editor.ShouldBe(SettingEditor.Integer);
        (width.Minimum, width.Maximum, width.DefaultValue).ShouldBe((1d, 20000d, (object)1920));
        resize.Settings.Single(s => s.Name == "mode").Choices.ShouldBe(["Fit", "Fill", "Crop"]);
    }

    [Fact]
    public void Catalog_ShouldListTheToolsVideoNodesNeed()
    {
        _catalog.Get("video.transcode")!.RequiredTools.ShouldBe(["ffmpeg"]);
        _catalog.Get("image.convert")!.RequiredTools.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"width":0}""", "Width must be between 1 and 20000 pixels.")]
    [InlineData("""{"mode":"Squash"}""", "mode")]
    [InlineData("""{"colour":"red"}""", "colour")]
    [InlineData("""{"width":"wide"}""", "width")]
    public void ValidateSettings_ShouldNameTheBadSetting(string json, string expected)
    {
        var problems = _catalog.ValidateSettings("image.resize", JsonNode.Parse(json)!.AsObject());

        problems.ShouldHaveSingleItem().ShouldContain(expected);
    }

    [Fact]
    public void ValidateSettings_ShouldAcceptDefaults()
    {
        _catalog.ValidateSettings("image.resize", []).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"width":0}""", "width")]
    [InlineData("""{"mode":"Squash"}""", "mode")]
    [InlineData("""{"width":"wide"}""", "width")]
    public void CheckSettings_ShouldSayWhichSettingEachProblemIsAbout(string json, string setting) =>
        _catalog.CheckSettings("image.resize", JsonNode.Parse(json)!.AsObject()).ShouldHaveSingleItem().Setting.ShouldBe(setting);
}
