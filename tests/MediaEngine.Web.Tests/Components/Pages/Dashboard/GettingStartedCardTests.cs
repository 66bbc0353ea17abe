using Bunit;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Web.Components.Pages.Dashboard;
using MediaEngine.Web.Tests.Support;

namespace MediaEngine.Web.Tests.Components.Pages.Dashboard;

public sealed class GettingStartedCardTests : MudBunitContext
{
    [Fact]
    public void Render_ShouldPointToTheDemoCollectionAndOfferEverySystemPreset_BeforeTheFirstJob()
    {
        var card = Render<GettingStartedCard>();

        card.Find("[data-testid=dashboard-demo-link]").GetAttribute("href").ShouldBe("/assets?collection=Demo%20media");
        card.FindAll("[data-testid=dashboard-presets-to-try] tr").Select(r => r.GetAttribute("data-preset"))
            .ShouldBe(new SystemPresetLibrary().Ids, ignoreOrder: true);
        card.Find("tr[data-preset=social-carousel]").TextContent.ShouldContain("demo-slide-titles.csv");
        card.Find("tr[data-preset=reel-from-slides] a").GetAttribute("href").ShouldBe("/jobs/new?preset=reel-from-slides");
    }
}
