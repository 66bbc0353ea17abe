using System.Text.Json.Nodes;
using Bunit;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Components.Workbench;
using MediaEngine.Web.Tests.Support;
using MudBlazor;
using MudBlazor.Extensions;
using MudBlazor.Utilities;

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
        form.FindComponents<ColourField>().Count.ShouldBe(2, "text colour and box colour get a colour picker");
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

    [Fact]
    public async Task ColourPicker_ShouldSendThePickedColourAsHex_AndKeepTheHexTextEditable()
    {
        var popovers = Render<MudPopoverProvider>();
        var form = RenderForm(new GraphNode("caption", "image.text", new JsonObject { ["text"] = "Hello" }));
        Field(form, "colour").QuerySelector("input")!.HasAttribute("readonly").ShouldBeFalse("the hex text can be typed");

        Field(form, "colour").QuerySelector("[data-testid=colour-swatch]")!.Click();
        var picker = popovers.FindComponents<MudColorPicker>().ShouldHaveSingleItem();
        picker.Instance.PickerVariant.ShouldBe(PickerVariant.Static);
        await form.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(new MudColor("#00ff80")));

        _sent.ShouldHaveSingleItem()["colour"]!.GetValue<string>().ShouldBe("#00ff80");
        Input(form, "colour").Change("#112233");
        _sent[^1]["colour"]!.GetValue<string>().ShouldBe("#112233");
    }

    [Fact]
    public void Render_ShouldShowTheValidatorsProblemUnderItsField_WhenTheFormItselfFindsNothingWrong()
    {
        var problem = new GraphProblem(GraphProblemCode.InvalidSettings, "Node \"fit\" (image.resize) has invalid settings: Width and height clash.", "fit") { Setting = "height" };

        var form = RenderForm(new GraphNode("fit", "image.resize", []), problems: [problem]);

        Field(form, "height").TextContent.ShouldContain("Width and height clash.");
        Field(form, "width").TextContent.ShouldNotContain("clash");
    }

    [Fact]
    public void Render_ShouldShowTheBindingInsteadOfTheEditor_WhenASettingIsBound()
    {
        var accent = new GraphParameter("accent", GraphParameterKind.Colour, "#f97316");

        var form = RenderForm(
            new GraphNode("slide", "image.carousel-slide", new JsonObject { ["accent"] = ParameterBinding.Create("accent") }), [accent]);

        var field = Field(form, "accent");
        field.GetAttribute("data-bound").ShouldBe("accent");
        field.QuerySelector("[data-testid=setting-binding]")!.TextContent.ShouldContain("from parameter accent · #f97316");
        field.QuerySelector("input").ShouldBeNull("the editor is replaced by the binding");
    }

    [Fact]
    public async Task Bind_ShouldOfferOnlyCompatibleParameters_AndSendTheBinding()
    {
        var popovers = Render<MudPopoverProvider>();
        var parameters = new[]
        {
            new GraphParameter("accent", GraphParameterKind.Colour, "#f97316"),
            new GraphParameter("headingFont", GraphParameterKind.Font, "DejaVu Sans"),
            new GraphParameter("slideCount", GraphParameterKind.Integer, 3),
        };
        var form = RenderForm(new GraphNode("slide", "image.carousel-slide", []), parameters);

        Field(form, "aspect").QuerySelector("[data-testid=setting-bind]").ShouldBeNull("no choice parameter is declared");
        await form.InvokeAsync(() => form.FindComponents<MudMenu>().First(m => m.Instance.AriaLabel == "Bind Accent to a parameter").Instance.OpenMenuAsync(EventArgs.Empty));
        var offered = popovers.FindAll("[data-testid=setting-bind-parameter]");
        offered.Select(o => o.GetAttribute("data-parameter")).ShouldBe(["accent"]);

        offered[0].Click();

        _sent.ShouldHaveSingleItem()["accent"]!.ToJsonString().ShouldBe("""{"$param":"accent"}""");
    }

    [Fact]
    public void Unbind_ShouldGiveTheSettingTheParametersValue()
    {
        var accent = new GraphParameter("accent", GraphParameterKind.Colour, "#f97316");
        var form = RenderForm(new GraphNode("slide", "image.carousel-slide", new JsonObject { ["accent"] = ParameterBinding.Create("accent") }), [accent]);

        form.Find("[data-setting='accent'] [data-testid=setting-unbind]").Click();

        _sent.ShouldHaveSingleItem()["accent"]!.GetValue<string>().ShouldBe("#f97316");
    }

    [Fact]
    public void Render_ShouldShowAParameterValueProblemUnderTheBinding()
    {
        var problem = new GraphProblem(GraphProblemCode.InvalidParameterValue, "Parameter \"count\" = -1 does not suit setting \"slideCount\".", "slides")
        {
            Setting = "slideCount",
            Parameter = "count",
        };

        var form = RenderForm(
            new GraphNode("slides", "image.carousel-slides", new JsonObject { ["slideCount"] = ParameterBinding.Create("count") }),
            [new GraphParameter("count", GraphParameterKind.Integer, -1)],
            [problem]);

        Field(form, "slideCount").QuerySelector("[data-testid=setting-error]")!.TextContent.ShouldContain("does not suit setting");
    }

    private IRenderedComponent<NodeSettingsForm> RenderForm(GraphNode node, IReadOnlyList<GraphParameter>? parameters = null, IReadOnlyList<GraphProblem>? problems = null) =>
        Render<NodeSettingsForm>(p => p
            .Add(f => f.Node, node)
            .Add(f => f.Catalog, Catalog)
            .Add(f => f.Parameters, parameters ?? [])
            .Add(f => f.Problems, problems ?? [])
            .Add(f => f.OnChange, (JsonObject settings) => _sent.Add(settings)));

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<NodeSettingsForm> form, string setting) =>
        form.Find($"[data-setting='{setting}']");

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<NodeSettingsForm> form, string setting) =>
        form.Find($"[data-setting='{setting}'] input");
}
