using Bunit;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Web.Components.Pages.Presets;
using MediaEngine.Web.Tests.Support;

namespace MediaEngine.Web.Tests.Components.Pages.Presets;

public sealed class PresetParametersViewTests : MudBunitContext
{
    [Fact]
    public void Render_ShouldListEachParameterWithItsDefaultAndTheSettingsBoundToIt()
    {
        var view = Render<PresetParametersView>(p => p.Add(x => x.Graph, new SystemPresetLibrary().Get("social-carousel")));

        var rows = view.FindAll("[data-testid=preset-parameter]");
        rows.Count.ShouldBe(9);
        var background = view.Find("[data-testid=preset-parameter][data-name=background]");
        background.QuerySelector("[data-testid=preset-parameter-default]")!.TextContent.Trim().ShouldBe("#0f172a");
        background.TextContent.ShouldContain("slides.background, overview.background");
        view.Find("[data-testid=preset-parameter][data-name=logo]").TextContent.ShouldContain("(none)");
    }

    [Fact]
    public void Render_ShouldShowNothing_WhenThePresetHasNoParameters() =>
        Render<PresetParametersView>(p => p.Add(x => x.Graph, new SystemPresetLibrary().Get("web-images")))
            .FindAll("[data-testid=preset-parameters]").ShouldBeEmpty();
}
