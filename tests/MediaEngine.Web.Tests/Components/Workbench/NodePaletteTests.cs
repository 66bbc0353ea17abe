using Bunit;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Components.Shared.Graph;
using MediaEngine.Web.Components.Workbench;
using MediaEngine.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Components.Workbench;

public sealed class NodePaletteTests : MudBunitContext
{
    private static readonly NodeCatalog Catalog = new();

    private readonly List<string> _added = [];

    [Fact]
    public void Render_ShouldListEveryNodeTypeGroupedByCategory_WhenNotSearching()
    {
        var palette = RenderPalette();

        palette.FindAll("[data-testid=palette-item]").Count.ShouldBe(Catalog.All.Count);
        palette.FindAll("[data-testid=palette-group]").Select(g => g.GetAttribute("data-category"))
            .ShouldBe(Catalog.All.Select(t => t.Category).Distinct().Order().Select(c => c.ToString()));
        var image = palette.Find("[data-category='Image']");
        image.QuerySelector("[data-node-type='image.resize']").ShouldNotBeNull();
        image.QuerySelector("[data-node-type='video.trim']").ShouldBeNull();
        palette.Find("[data-category='Io']").TextContent.ShouldContain("Inputs");
    }

    [Fact]
    public void Render_ShouldMakeItemsDraggableWithTheirTypeNameDescriptionAndPortDots()
    {
        var palette = RenderPalette();

        palette.FindAll("[data-testid=palette-item]").ShouldAllBe(i => i.GetAttribute("draggable") == "true");
        var resize = palette.Find("[data-node-type='image.resize']");
        resize.TextContent.ShouldContain("Resize");
        resize.TextContent.ShouldContain(Catalog.Get("image.resize")!.Description);
        var dots = resize.QuerySelectorAll(".me-port-dot");
        dots.Length.ShouldBe(2, "one image input, one image output");
        dots.ShouldAllBe(d => d.GetAttribute("style")!.Contains(PortKindColours.For(PortKind.Image)));
    }

    [Fact]
    public void Search_ShouldKeepOnlyMatchingTypes_WhenTextMatchesNameTypeOrDescription()
    {
        var palette = RenderPalette();

        palette.Find("input[data-testid=palette-search]").Input("loudness");

        palette.FindAll("[data-testid=palette-item]").Select(i => i.GetAttribute("data-node-type"))
            .ShouldBe(["video.analyze", "audio.loudnorm"], "found by description, in category order");
        palette.Find("input[data-testid=palette-search]").Input("VIDEO.TRIM");
        palette.FindAll("[data-testid=palette-item]").ShouldHaveSingleItem().GetAttribute("data-node-type").ShouldBe("video.trim");
    }

    [Fact]
    public void Search_ShouldSayNothingMatches_WhenNoTypeMatches()
    {
        var palette = RenderPalette();

        palette.Find("input[data-testid=palette-search]").Input("teleport");

        palette.FindAll("[data-testid=palette-item]").ShouldBeEmpty();
        palette.Find("[data-testid=palette-empty]").TextContent.ShouldContain("No node matches \"teleport\"");
    }

    [Fact]
    public void Add_ShouldRaiseOnAddWithTheTypeId_WhenAnItemIsDoubleClickedOrItsButtonPressed()
    {
        var palette = RenderPalette();

        palette.Find("[data-node-type='image.convert']").DoubleClick();
        palette.Find("[data-node-type='video.trim'] [data-testid=palette-add]").Click();

        _added.ShouldBe(["image.convert", "video.trim"]);
    }

    [Fact]
    public void Render_ShouldUseTheRegisteredCatalog_WhenNoneIsGiven()
    {
        Services.AddSingleton(Catalog);

        var palette = Render<NodePalette>();

        palette.FindAll("[data-testid=palette-item]").Count.ShouldBe(Catalog.All.Count);
    }

    private IRenderedComponent<NodePalette> RenderPalette() =>
        Render<NodePalette>(p => p.Add(x => x.Catalog, Catalog).Add(x => x.OnAdd, (string type) => _added.Add(type)));
}
