using Bunit;
using MediaEngine.Domain.Graph;
using MediaEngine.Web.Components.Workbench;
using MediaEngine.Web.Tests.Support;

namespace MediaEngine.Web.Tests.Components.Workbench;

public sealed class ProblemsPanelTests : MudBunitContext
{
    private static readonly GraphProblem[] Problems =
    [
        new(GraphProblemCode.RequiredInputUnconnected, "Required input \"fit.image\" (Image) of node \"fit\" is not connected.", "fit", "image"),
        new(GraphProblemCode.UnreachableNode, "Node \"thumb\" has no path to any graph output.", "thumb"),
        new(GraphProblemCode.NoOutputs, "The graph declares no outputs."),
        new(GraphProblemCode.UnusedParameter, "Parameter \"width\" is not used by any node.") { Parameter = "width" },
    ];

    private readonly List<string> _selected = [];

    [Fact]
    public void Render_ShouldSayNoProblems_WhenTheListIsEmpty()
    {
        var panel = RenderPanel([]);

        panel.Find("[data-testid=problems]").TextContent.ShouldContain("No problems");
        panel.FindAll("[data-testid=problem]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_ShouldListEachProblemWithSeverityMessageAndPlace()
    {
        var panel = RenderPanel(Problems);

        var items = panel.FindAll("[data-testid=problem]");
        items.Select(i => i.GetAttribute("data-code")).ShouldBe(["RequiredInputUnconnected", "UnreachableNode", "NoOutputs", "UnusedParameter"]);
        items.Select(i => i.GetAttribute("data-severity")).ShouldBe(["error", "error", "error", "warning"]);
        items[0].TextContent.ShouldContain(Problems[0].Message);
        items[0].QuerySelector("[data-testid=problem-where]")!.TextContent.Trim().ShouldBe("fit.image");
        items[1].QuerySelector("[data-testid=problem-where]")!.TextContent.Trim().ShouldBe("thumb");
        items[2].QuerySelector("[data-testid=problem-where]").ShouldBeNull();
        panel.Find("[data-testid=problems-count]").TextContent.Trim().ShouldBe("4 problems");
    }

    [Fact]
    public void Render_ShouldShowTheDomainSeverity_WhenTheNodeIsUnreachable()
    {
        var unreachable = Problems[1];
        unreachable.Severity.ShouldBe(GraphProblemSeverity.Error);

        var item = RenderPanel([unreachable]).Find("[data-testid=problem]");

        item.GetAttribute("data-severity").ShouldBe("error");
        item.QuerySelector(".mud-error-text").ShouldNotBeNull();
    }

    [Fact]
    public void Click_ShouldSelectTheNode_WhenTheProblemIsAboutANode()
    {
        var panel = RenderPanel(Problems);

        panel.FindAll("[data-testid=problem]")[1].Click();
        panel.FindAll("[data-testid=problem]")[0].Click();

        _selected.ShouldBe(["thumb", "fit"]);
    }

    [Fact]
    public void Click_ShouldDoNothing_WhenTheProblemIsGraphWide()
    {
        var panel = RenderPanel(Problems);

        var graphWide = panel.FindAll("[data-testid=problem]")[2];
        graphWide.HasAttribute("disabled").ShouldBeTrue();
        graphWide.Click();

        _selected.ShouldBeEmpty();
    }

    private IRenderedComponent<ProblemsPanel> RenderPanel(IReadOnlyList<GraphProblem> problems) =>
        Render<ProblemsPanel>(p => p.Add(x => x.Problems, problems).Add(x => x.OnSelectNode, (string id) => _selected.Add(id)));
}
