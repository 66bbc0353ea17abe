using System.Text.Json.Nodes;
using Bunit;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Components.Workbench;
using MediaEngine.Web.Tests.Support;
using MudBlazor;
using MudBlazor.Extensions;

namespace MediaEngine.Web.Tests.Components.Workbench;

public sealed class NodeSettingsFormTests : MudBunitContext
{
    private static readonly NodeCatalog Catalog = new();

    private readonly List<JsonObject> _sent = [];

    [Fact]
    public void Render_ShouldGenerateOneFieldPerSettingWithItsEditor_WhenNodeIsAText()
    {
        var form = RenderForm(new GraphNode("caption", "image.text", []));

        var fields = form.FindAll("[data-setting]");
        fields.Select(f => f.GetAttribute("data-setting")).ShouldBe(Catalog.Get("image.text")!.Settings.Select(s => s.Name));
        Field(form, "text").QuerySelector("textarea").ShouldNotBeNull("templates and text get a multi-line field");
        Field(form, "font").QuerySelector("input[type=text]").ShouldNotBeNull();
        Field(form, "size").GetAttribute("data-editor").ShouldBe(nameof(SettingEditor.Integer));
        form.FindComponents<MudNumericField<double?>>().Count.ShouldBe(4, "size, box opacity, maximum width, margin");
        Field(form, "box").QuerySelector("input[type=checkbox]").ShouldNotBeNull();
        form.FindComponents<MudSwitch<bool>>().ShouldHaveSingleItem().Instance.GetState(x => x.Value).ShouldBeTrue("the default is on");
        form.FindComponents<MudSelect<string>>().ShouldHaveSingleItem().Instance.Label.ShouldBe("Placement");
        Field(form, "colour").QuerySelector("[data-testid=colour-swatch]").ShouldNotBeNull();
    }

    [Fact]
    public void Render_ShouldShowCurrentValuesDefaultsAndDescriptions_WhenNodeIsAResize()
    {
        var form = RenderForm(new GraphNode("fit", "image.resize", new JsonObject { ["width"] = 800, ["mode"] = "Fill" }));

        Input(form, "width").GetAttribute("value").ShouldBe("800");
        Input(form, "height").GetAttribute("value").ShouldBeNullOrEmpty();
        Input(form, "height").GetAttribute("placeholder").ShouldBe("1920");
        Field(form, "height").TextContent.ShouldContain("1–20000 · Box height in pixels");
        form.FindComponents<MudSelect<string>>().ShouldHaveSingleItem().Instance.GetState(x => x.Value).ShouldBe("Fill");
        form.Find("[data-testid=settings-form]").TextContent.ShouldContain("Resize");
    }

    [Fact]
    public void Change_ShouldShowTheRangeMessageAndNotSend_WhenANumberIsOutOfRange()
    {
        var form = RenderForm(new GraphNode("fit", "image.resize", []));

        Input(form, "width").Change("0");

        Field(form, "width").TextContent.ShouldContain("Width must be between 1 and 20000.");
        _sent.ShouldBeEmpty();
    }

    [Fact]
    public void Change_ShouldSendTheWholeSettings_WhenANumberIsValid()
    {
        var form = RenderForm(new GraphNode("fit", "image.resize", new JsonObject { ["mode"] = "Fill" }));
        Input(form, "width").Change("0");

        Input(form, "width").Change("640");

        _sent.ShouldHaveSingleItem().ToJsonString().ShouldBe("""{"mode":"Fill","width":640}""");
        Field(form, "width").TextContent.ShouldNotContain("must be between");
    }

    [Fact]
    public void Render_ShouldFlagAStoredValue_WhenItIsAlreadyOutOfRange()
    {
        var form = RenderForm(new GraphNode("webp", "image.convert", new JsonObject { ["quality"] = 150 }));

        Field(form, "quality").TextContent.ShouldContain("Quality must be between");
    }

    [Fact]
    public void Change_ShouldRejectAnInvalidColourAndSendAValidOne()
    {
        var form = RenderForm(new GraphNode("caption", "image.text", new JsonObject { ["text"] = "Hello" }));

        Input(form, "colour").Change("red");
        Field(form, "colour").TextContent.ShouldContain("Colour must be a colour written #rrggbb");
        _sent.ShouldBeEmpty();

        Input(form, "colour").Change("#ff8800");
        _sent.ShouldHaveSingleItem()["colour"]!.GetValue<string>().ShouldBe("#ff8800");
        _sent[0]["text"]!.GetValue<string>().ShouldBe("Hello");
    }

    [Fact]
    public void Change_ShouldSayRequired_WhenARequiredTextIsEmptied()
    {
        var form = RenderForm(new GraphNode("caption", "image.text", new JsonObject { ["text"] = "Hello" }));

        form.Find("[data-setting='text'] textarea").Change(string.Empty);

        Field(form, "text").TextContent.ShouldContain("Text is required.");
        _sent.ShouldBeEmpty();
    }

    [Fact]
    public void Change_ShouldSendTheSwitchState_WhenABooleanIsToggled()
    {
        var form = RenderForm(new GraphNode("fit", "image.resize", []));

        form.Find("[data-setting='allowUpscale'] input[type=checkbox]").Change(true);

        _sent.ShouldHaveSingleItem().ToJsonString().ShouldBe("""{"allowUpscale":true}""");
    }

    [Fact]
    public async Task Change_ShouldSendTheChoice_WhenAnEnumValueIsPicked()
    {
        var form = RenderForm(new GraphNode("fit", "image.resize", []));
        var select = form.FindComponent<MudSelect<string>>();
        select.Instance.Label.ShouldBe("Mode");

        await form.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("Crop"));

        _sent.ShouldHaveSingleItem().ToJsonString().ShouldBe("""{"mode":"Crop"}""");
    }

    [Fact]
    public void Render_ShouldReloadValues_WhenTheNodeChangesElsewhere()
    {
        var form = RenderForm(new GraphNode("fit", "image.resize", new JsonObject { ["width"] = 800 }));

        form.Render(p => p.Add(f => f.Node, new GraphNode("fit", "image.resize", new JsonObject { ["width"] = 300 })));

        Input(form, "width").GetAttribute("value").ShouldBe("300");
    }

    [Fact]
    public void Render_ShouldExplain_WhenTheNodeTypeIsUnknown()
    {
        var form = RenderForm(new GraphNode("odd", "image.teleport", []));

        form.Find("[data-testid=settings-unknown-type]").TextContent.ShouldContain("unknown type \"image.teleport\"");
        form.FindAll("[data-setting]").ShouldBeEmpty();
    }

    private IRenderedComponent<NodeSettingsForm> RenderForm(GraphNode node) =>
        Render<NodeSettingsForm>(p => p
            .Add(f => f.Node, node)
            .Add(f => f.Catalog, Catalog)
            .Add(f => f.OnChange, (JsonObject settings) => _sent.Add(settings)));

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<NodeSettingsForm> form, string setting) =>
        form.Find($"[data-setting='{setting}']");

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<NodeSettingsForm> form, string setting) =>
        form.Find($"[data-setting='{setting}'] input");
}
