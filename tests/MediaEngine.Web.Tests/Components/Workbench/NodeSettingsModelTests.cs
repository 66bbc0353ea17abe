using System.Text.Json.Nodes;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Components.Workbench;

namespace MediaEngine.Web.Tests.Components.Workbench;

public sealed class NodeSettingsModelTests
{
    private static readonly NodeCatalog Catalog = new();

    [Fact]
    public void SetNumber_ShouldRefuseAFractionAndKeepWhatWasTyped_WhenTheSettingIsAnInteger()
    {
        var model = Model("image.resize", []);

        model.SetNumber(Setting(model, "width"), 12.5).ShouldBeFalse();

        model.ErrorFor("width").ShouldBe("Width must be a whole number.");
        model.Number("width").ShouldBe(12.5);
        model.Settings.ShouldBeEmpty();
    }

    [Fact]
    public void SetNumber_ShouldRemoveTheSettingSoTheDefaultApplies_WhenTheFieldIsCleared()
    {
        var model = Model("image.resize", new JsonObject { ["width"] = 800, ["height"] = 600 });

        model.SetNumber(Setting(model, "width"), null).ShouldBeTrue();

        model.Settings.ToJsonString().ShouldBe("""{"height":600}""");
        NodeSettingsModel.Placeholder(Setting(model, "width")).ShouldBe("1920");
    }

    [Theory]
    [InlineData(0.0, null, -1.0, "Level must be at least 0.", "≥ 0")]
    [InlineData(null, 10.0, 11.0, "Level must be at most 10.", "≤ 10")]
    [InlineData(1.0, 5.0, 9.0, "Level must be between 1 and 5.", "1–5")]
    public void SetNumber_ShouldNameTheOneBound_WhenTheRangeHasOnlyOne(double? minimum, double? maximum, double value, string message, string help)
    {
        var level = new SettingDescriptor("level", "Level", null, SettingEditor.Number, false, minimum, maximum, [], null);
        var type = Catalog.Get("image.resize")! with { Settings = [level] };
        var model = new NodeSettingsModel(type, []);

        model.SetNumber(level, value).ShouldBeFalse();

        model.ErrorFor("level").ShouldBe(message);
        NodeSettingsModel.RangeText(level).ShouldBe(help);
    }

    [Fact]
    public void SetText_ShouldClearAnEarlierError_WhenAValidValueFollows()
    {
        var model = Model("image.text", new JsonObject { ["text"] = "Hi" });
        var colour = Setting(model, "colour");

        model.SetText(colour, "#12345").ShouldBeFalse();
        model.ErrorFor("colour").ShouldNotBeNull();
        model.SetText(colour, "#123456").ShouldBeTrue();

        model.ErrorFor("colour").ShouldBeNull();
        model.Text("colour").ShouldBe("#123456");
    }

    [Fact]
    public void Settings_ShouldBeACopy_WhenTheCallerChangesIt()
    {
        var model = Model("image.resize", new JsonObject { ["width"] = 800 });

        model.Settings["width"] = 1;

        model.Number("width").ShouldBe(800);
    }

    private static NodeSettingsModel Model(string type, JsonObject settings) => new(Catalog.Get(type)!, settings);

    private static SettingDescriptor Setting(NodeSettingsModel model, string name) => model.Type.Settings.Single(s => s.Name == name);
}
