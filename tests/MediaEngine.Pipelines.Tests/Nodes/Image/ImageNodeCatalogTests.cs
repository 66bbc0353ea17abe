using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Pipelines.Tests.Nodes.Image;

/// <summary>How the new image nodes appear in the catalog: ports, settings forms and settings refusals.</summary>
public sealed class ImageNodeCatalogTests
{
    private readonly NodeCatalog _catalog = new();

    [Theory]
    [InlineData("images.input", "", "images:ImageSet")]
    [InlineData("image.upscale", "image:Image", "image:Image")]
    [InlineData("image.enhance", "image:Image", "image:Image")]
    [InlineData("image.blend", "images:ImageSet+", "image:Image")]
    [InlineData("image.watermark", "image:Image,overlay:Image", "image:Image")]
    [InlineData("image.text", "image:Image", "image:Image")]
    [InlineData("image.contact-sheet", "images:ImageSet+", "image:Image")]
    [InlineData("image.carousel-slide", "image:Image?,logo:Image?", "image:Image")]
    public void Catalog_ShouldDescribeThePorts_OfEachNewImageNode(string typeId, string inputs, string outputs)
    {
        var type = _catalog.Get(typeId).ShouldNotBeNull();

        type.Version.ShouldBe(1);
        string.Join(",", type.Inputs.Select(p => $"{p.Name}:{p.Kind}{(p.Multiple ? "+" : string.Empty)}{(p.Required ? string.Empty : "?")}")).ShouldBe(inputs);
        string.Join(",", type.Outputs.Select(p => $"{p.Name}:{p.Kind}")).ShouldBe(outputs);
    }

    [Fact]
    public void Catalog_ShouldOfferChoicesColoursAndMultilineText_ForTheNewSettings()
    {
        _catalog.Get("image.upscale")!.Settings.Single(s => s.Name == "factor").Choices.ShouldBe(["X2", "X4"]);
        _catalog.Get("image.upscale")!.Settings.Single(s => s.Name == "quality").Choices.ShouldBe(["Fast", "Balanced", "High"]);
        _catalog.Get("image.blend")!.Settings.Single(s => s.Name == "mode").Choices
            .ShouldBe(["Average", "Screen", "Multiply", "Overlay", "SoftLight", "Lighten", "Darken"]);
        _catalog.Get("image.watermark")!.Settings.Single(s => s.Name == "position").Choices.Count.ShouldBe(9);
        var text = _catalog.Get("image.text")!.Settings;
        text.Single(s => s.Name == "text").Editor.ShouldBe(SettingEditor.MultilineText);
        text.Single(s => s.Name == "boxColour").Editor.ShouldBe(SettingEditor.Colour);
        text.Single(s => s.Name == "font").DefaultValue.ShouldBe("DejaVu Sans");
        var slide = _catalog.Get("image.carousel-slide")!.Settings;
        slide.Single(s => s.Name == "aspect").Choices.ShouldBe(["Square", "Portrait", "Story"]);
        slide.Where(s => s.Editor == SettingEditor.Colour).Select(s => s.Name).ShouldBe(["background", "accent", "textColour"]);
        slide.Where(s => s.Editor == SettingEditor.MultilineText).Select(s => s.Name).ShouldBe(["title", "body"]);
        slide.Where(s => s.Editor == SettingEditor.Font).Select(s => s.Name).ShouldBe(["font", "bodyFont"]);
        slide.Single(s => s.Name == "style").Choices.ShouldBe(["Classic", "Bold", "Minimal"]);
        _catalog.Get("image.asset")!.Settings.ShouldHaveSingleItem().Editor.ShouldBe(SettingEditor.ImageAsset);
        _catalog.Find("image.carousel-slides")!.FindSetting("slideCount")!.Kind.ShouldBe(Domain.Graph.Parameters.GraphParameterKind.Integer);
        var blendWidth = _catalog.Get("image.blend")!.Settings.Single(s => s.Name == "width");
        (blendWidth.Editor, blendWidth.DefaultValue).ShouldBe((SettingEditor.Integer, null));
    }

    [Theory]
    [InlineData("images.input", """{"input":"photos","minCount":0}""", "Minimum count must be between 1 and 100 images.")]
    [InlineData("images.input", """{"input":"photos","maxCount":101}""", "Maximum count must be between 1 and 100 images.")]
    [InlineData("images.input", """{"input":"photos","minCount":5,"maxCount":2}""", "Minimum count (5) must not be more than maximum count (2).")]
    [InlineData("image.upscale", """{"factor":"X3"}""", "factor")]
    [InlineData("image.enhance", """{"saturation":300}""", "Saturation must be between 50 and 200 percent.")]
    [InlineData("image.enhance", """{"denoise":11}""", "Denoise must be between 0 (off) and 10.")]
    [InlineData("image.blend", """{"weights":"1;2"}""", "Weights must be numbers separated by commas, e.g. 2,1,1.")]
    [InlineData("image.blend", """{"width":0}""", "Width must be between 1 and 10000 pixels.")]
    [InlineData("image.watermark", """{"opacity":101}""", "Opacity must be between 0 and 100 percent.")]
    [InlineData("image.text", """{"size":12}""", "Text is required.")]
    [InlineData("image.text", """{"text":"Hi","colour":"white"}""", "Colour must be a colour written #rrggbb.")]
    [InlineData("image.text", """{"text":"Hi","maxWidthPercent":5}""", "Maximum width must be between 10 and 100 percent of the image width.")]
    [InlineData("image.contact-sheet", """{"columns":13}""", "Columns must be between 1 and 12.")]
    [InlineData("image.contact-sheet", """{"tileSize":16}""", "Tile size must be between 32 and 1024 pixels.")]
    [InlineData("image.carousel-slide", """{"accent":"#12345"}""", "Accent must be a colour written #rrggbb.")]
    [InlineData("image.carousel-slide", """{"subtitle":"x"}""", "subtitle")]
    public void ValidateSettings_ShouldNameTheBadSetting(string typeId, string json, string expected)
    {
        _catalog.ValidateSettings(typeId, JsonNode.Parse(json)!.AsObject()).ShouldHaveSingleItem().ShouldContain(expected);
    }

    [Theory]
    [InlineData("image.upscale")]
    [InlineData("image.enhance")]
    [InlineData("image.blend")]
    [InlineData("image.watermark")]
    [InlineData("image.contact-sheet")]
    [InlineData("image.carousel-slide")]
    public void ValidateSettings_ShouldAcceptDefaults(string typeId)
    {
        _catalog.ValidateSettings(typeId, []).ShouldBeEmpty();
    }
}
