using System.Text.Json.Nodes;
using Bunit;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Editing;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Components.Workbench;
using MediaEngine.Web.Tests.Support;
using MudBlazor;

namespace MediaEngine.Web.Tests.Components.Workbench;

/// <summary>The workbench's parameters panel, wired to a real <see cref="GraphEditor"/> the way the page wires it.</summary>
public sealed class GraphParametersPanelTests : MudBunitContext, IAsyncLifetime
{
    private static readonly NodeCatalog Catalog = new();
    private JobPageServices _services = default!;
    private GraphEditor _editor = default!;

    public async ValueTask InitializeAsync()
    {
        _services = await JobPageServices.CreateAsync();
        _services.AddTo(Services);
        var slide = new GraphNode("slide", "image.carousel-slide", new JsonObject { ["accent"] = ParameterBinding.Create("accent") });
        _editor = new GraphEditor(new PipelineGraph("g", null, [], [slide], [], [new GraphOutput("out", PortRef.Parse("slide.image"))],
            [new GraphParameter("accent", GraphParameterKind.Colour, "#f97316")]), Catalog);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public void Render_ShouldListEachParameterWithKindUsesAndDefault()
    {
        var panel = RenderPanel();

        var row = panel.Find("[data-testid=graph-parameter]");
        row.GetAttribute("data-name").ShouldBe("accent");
        row.GetAttribute("data-uses").ShouldBe("1");
        row.TextContent.ShouldContain("1 setting");
        row.QuerySelector("input")!.GetAttribute("value").ShouldBe("#f97316");
    }

    [Fact]
    public void AddBrandKit_ShouldDeclareTheStandardSet_WithTheUnusedOnesMarked()
    {
        var panel = RenderPanel();

        panel.Find("[data-testid=parameters-brand-kit]").Click();
        panel.Render();

        var rows = panel.FindAll("[data-testid=graph-parameter]");
        rows.Select(r => r.GetAttribute("data-name")).ShouldBe(
            ["accent", "style", "background", "text", "aspect", "slideCount", "headingFont", "bodyFont", "logo"]);
        rows.Count(r => r.GetAttribute("data-uses") == "0").ShouldBe(8);
        panel.FindAll("[data-testid=image-asset-field]").ShouldHaveSingleItem("the logo is chosen from the library");
        _editor.Problems.Count(p => p.Code == GraphProblemCode.UnusedParameter).ShouldBe(8);
    }

    [Fact]
    public void ChangeDefault_ShouldApplyAValidColour_AndExplainAnInvalidOne()
    {
        var panel = RenderPanel();
        var input = panel.Find("[data-testid=graph-parameter] input");

        input.Change("orange");
        panel.Find("[data-testid=graph-parameter]").TextContent.ShouldContain("must be a colour written #rrggbb");
        _editor.Graph.Parameters[0].Default!.GetValue<string>().ShouldBe("#f97316");

        panel.Find("[data-testid=graph-parameter] input").Change("#00ff00");
        _editor.Graph.Parameters[0].Default!.GetValue<string>().ShouldBe("#00ff00");
    }

    [Fact]
    public async Task Add_ShouldRefuseARepeatedName_AndDeclareAChoiceWithItsChoices()
    {
        var panel = RenderPanel();

        panel.Find("input[data-testid=graph-parameter-name]").Change("accent");
        panel.Find("[data-testid=graph-parameter-add]").Click();
        panel.Find("[data-testid=graph-parameters-error]").TextContent.ShouldContain("already a parameter named 'accent'");

        await panel.InvokeAsync(() => panel.FindComponent<MudSelect<GraphParameterKind>>().Instance.ValueChanged.InvokeAsync(GraphParameterKind.Choice));
        panel.Find("input[data-testid=graph-parameter-name]").Change("layout");
        panel.Find("input[data-testid=graph-parameter-choices]").Change("Square, Story");
        panel.Find("[data-testid=graph-parameter-add]").Click();

        var added = _editor.Graph.Parameters.Single(p => p.Name == "layout");
        added.Choices.ShouldBe(["Square", "Story"]);
        added.Default!.GetValue<string>().ShouldBe("Square");
    }

    [Fact]
    public void Remove_ShouldKeepTheValueInTheBoundSetting()
    {
        var panel = RenderPanel();

        panel.Find("[data-testid=graph-parameter-remove]").Click();

        _editor.Graph.Parameters.ShouldBeEmpty();
        _editor.Graph.FindNode("slide")!.GetStringSetting("accent").ShouldBe("#f97316");
    }

    private IRenderedComponent<GraphParametersPanel> RenderPanel()
    {
        IRenderedComponent<GraphParametersPanel>? panel = null;
        panel = Render<GraphParametersPanel>(p => p
            .Add(x => x.Graph, _editor.Graph)
            .Add(x => x.OnParametersChanged, (IReadOnlyList<GraphParameter> list) => Refresh(_editor.SetParameters(list)))
            .Add(x => x.OnRemove, (string name) => Refresh(_editor.RemoveParameter(name)))
            .Add(x => x.OnAddBrandKit, () => Refresh(_editor.AddBrandKit())));
        return panel;

        void Refresh(EditResult result)
        {
            result.Applied.ShouldBeTrue(result.Refusal);
            panel!.Render(p => p.Add(x => x.Graph, _editor.Graph));
        }
    }
}
