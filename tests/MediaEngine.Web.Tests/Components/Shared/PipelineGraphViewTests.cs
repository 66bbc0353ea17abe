using System.Globalization;
using Bunit;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Web.Components.Shared.Graph;
using MediaEngine.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Web;

namespace MediaEngine.Web.Tests.Components.Shared;

public sealed class PipelineGraphViewTests : MudBunitContext
{
    private static readonly SystemPresetLibrary Presets = new();

    public static TheoryData<string> PresetIds => [.. Presets.Ids];

    private readonly PipelineGraph _webImages = Presets.Get("web-images");

    [Fact]
    public void Render_ShouldDrawOneNodeGroupPerGraphNode_WhenGraphIsTheWebImagesPreset()
    {
        var view = RenderView();

        view.FindAll("g[data-node]").Select(g => g.GetAttribute("data-node")).ShouldBe(["source", "fit", "webp", "thumb"]);
        view.FindAll("g[data-node]").ShouldAllBe(g => g.GetAttribute("data-state") == "Pending");
        view.FindAll("g[data-input]").Select(g => g.GetAttribute("data-input")).ShouldBe(["image"]);
        view.FindAll("g[data-output]").Select(g => g.GetAttribute("data-output")).ShouldBe(["web", "thumbnail"]);
        view.FindAll("path.me-graph__edge").Count.ShouldBe(6);
        var viewBox = view.Find("svg").GetAttribute("viewBox")!.Split(' ').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        viewBox[2].ShouldBe(view.Instance.Layout.Width, 0.01);
        viewBox[3].ShouldBe(view.Instance.Layout.Height, 0.01);
        view.Find("g[data-node='thumb'] .me-graph__node-type").TextContent.ShouldBe("image.thumbnail");
    }

    [Theory]
    [MemberData(nameof(PresetIds))]
    public void Render_ShouldDrawEveryNodeInputAndOutput_WhenGraphIsASystemPreset(string presetId)
    {
        var graph = Presets.Get(presetId);

        var view = RenderView(graph);

        view.FindAll("g[data-node]").Select(g => g.GetAttribute("data-node")).ShouldBe(graph.Nodes.Select(n => n.Id));
        view.FindAll("g[data-input]").Count.ShouldBe(graph.Inputs.Count);
        view.FindAll("g[data-output]").Count.ShouldBe(graph.Outputs.Count);
    }

    [Fact]
    public void Render_ShouldChangeStateAndProgressBar_WhenRenderedAgainWithNewStatuses()
    {
        var view = RenderView(statuses: new() { ["fit"] = Running(25) });
        var track = Width(view, "fit", ".me-graph__progress-track");
        Width(view, "fit", ".me-graph__progress-bar").ShouldBe(track * 0.25, 0.01);

        view.Render(p => p.Add(v => v.Statuses, new Dictionary<string, NodeStatus>
        {
            ["source"] = new(NodeRunState.Succeeded, 100, TimeSpan.FromSeconds(0.4), false, null),
            ["fit"] = Running(60),
        }));

        Node(view, "source").GetAttribute("data-state").ShouldBe("Succeeded");
        Node(view, "source").ClassList.ShouldContain("me-graph__node--succeeded");
        Node(view, "source").QuerySelector(".me-graph__progress-bar").ShouldBeNull();
        Node(view, "fit").GetAttribute("data-state").ShouldBe("Running");
        Node(view, "fit").ClassList.ShouldContain("me-graph__node--running");
        Width(view, "fit", ".me-graph__progress-bar").ShouldBe(track * 0.6, 0.01);
    }

    [Fact]
    public void Render_ShouldKeepTheLayout_WhenOnlyStatusesChange()
    {
        var view = RenderView();
        var layout = view.Instance.Layout;

        view.Render(p => p.Add(v => v.Statuses, new Dictionary<string, NodeStatus> { ["fit"] = Running(50) }));
        view.Instance.Layout.ShouldBeSameAs(layout);

        view.Render(p => p.Add(v => v.Graph, Presets.Get("web-images")));
        view.Instance.Layout.ShouldNotBeSameAs(layout);
    }

    [Fact]
    public void Render_ShouldShowTheCachedBadgeOnlyOnCacheHits_WhenNodesSucceeded()
    {
        var view = RenderView(statuses: new()
        {
            ["source"] = new(NodeRunState.Succeeded, 100, TimeSpan.FromSeconds(1.23), CacheHit: true, null),
            ["fit"] = new(NodeRunState.Succeeded, 100, TimeSpan.FromSeconds(3), CacheHit: false, null),
        });

        view.FindAll("[data-testid=cached-badge]").Count.ShouldBe(1);
        Node(view, "source").QuerySelector("[data-testid=cached-badge]").ShouldNotBeNull();
        Node(view, "source").QuerySelector(".me-graph__duration")!.TextContent.ShouldBe("1.2 s");
        Node(view, "fit").QuerySelector(".me-graph__duration")!.TextContent.ShouldBe("3.0 s");
        Node(view, "webp").QuerySelector(".me-graph__duration").ShouldBeNull();
    }

    [Fact]
    public void Click_ShouldRaiseOnNodeClickWithTheNodeId_WhenANodeIsClickedOrActivatedByKeyboard()
    {
        var clicked = new List<string>();
        var view = Render<PipelineGraphView>(p => p
            .Add(v => v.Graph, _webImages)
            .Add(v => v.OnNodeClick, id => clicked.Add(id)));

        Node(view, "thumb").Click();
        Node(view, "webp").KeyDown(new KeyboardEventArgs { Key = "Enter" });
        Node(view, "fit").KeyDown(new KeyboardEventArgs { Key = "Tab" });

        clicked.ShouldBe(["thumb", "webp"]);
        Node(view, "thumb").GetAttribute("role").ShouldBe("button");
    }

    [Fact]
    public void Render_ShouldNotMarkNodesAsButtons_WhenNobodyListensForClicks()
    {
        var view = RenderView();

        Node(view, "fit").HasAttribute("role").ShouldBeFalse();
        Node(view, "fit").HasAttribute("tabindex").ShouldBeFalse();
    }

    [Fact]
    public void Render_ShouldShowTheErrorInTheTitle_WhenANodeFailed()
    {
        var view = RenderView(statuses: new()
        {
            ["fit"] = new(NodeRunState.Failed, 10, TimeSpan.FromSeconds(2), false, "magick: width must be positive"),
            ["webp"] = new(NodeRunState.Skipped, 0, null, false, null),
        });

        Node(view, "fit").GetAttribute("data-state").ShouldBe("Failed");
        Node(view, "fit").ClassList.ShouldContain("me-graph__node--failed");
        Node(view, "fit").QuerySelector("title")!.TextContent.ShouldContain("Failed: magick: width must be positive");
        Node(view, "webp").ClassList.ShouldContain("me-graph__node--skipped");
        Node(view, "source").QuerySelector("title")!.TextContent.ShouldNotContain("Failed");
    }

    [Fact]
    public void Render_ShouldMarkTheSelectedNode_WhenSelectedNodeIdIsSet()
    {
        var view = Render<PipelineGraphView>(p => p.Add(v => v.Graph, _webImages).Add(v => v.SelectedNodeId, "webp"));

        view.FindAll("g[data-selected=true]").Select(g => g.GetAttribute("data-node")).ShouldBe(["webp"]);
        Node(view, "webp").QuerySelector(".me-graph__selection").ShouldNotBeNull();
    }

    [Fact]
    public void Render_ShouldColourEdgesByPortKind_WhenANodeCatalogIsGiven()
    {
        var coloured = Render<PipelineGraphView>(p => p.Add(v => v.Graph, _webImages).Add(v => v.NodeTypes, new NodeCatalog()));
        var plain = RenderView();

        coloured.FindAll("path.me-graph__edge").ShouldAllBe(e => e.GetAttribute("style") == $"stroke: {PortKindColours.All[PortKind.Image]}");
        plain.FindAll("path.me-graph__edge[data-role=Connection]")
            .ShouldAllBe(e => e.GetAttribute("style") == $"stroke: {PortKindColours.Unknown}");
        plain.Find("path.me-graph__edge[data-role=InputBinding]").GetAttribute("style")
            .ShouldBe($"stroke: {PortKindColours.All[PortKind.Image]}");
    }

    [Fact]
    public void Render_ShouldOnlyLabelNodesWithTheirShortType_WhenCompact()
    {
        var view = Render<PipelineGraphView>(p => p.Add(v => v.Graph, _webImages).Add(v => v.Compact, true));

        view.Find("svg").GetAttribute("width").ShouldBe("100%");
        view.Find("svg").ClassList.ShouldContain("me-graph--compact");
        view.FindAll(".me-graph__node-id").ShouldBeEmpty();
        view.FindAll(".me-graph__pill-label").ShouldBeEmpty();
        view.FindAll(".me-graph__node-short-type").Select(t => t.TextContent).ShouldBe(["input", "resize", "convert", "thumbnail"]);
    }

    [Theory]
    [InlineData(0.25, "0.3 s")]
    [InlineData(1.2, "1.2 s")]
    [InlineData(59.9, "59.9 s")]
    [InlineData(125, "2 min 5 s")]
    [InlineData(7800, "2 h 10 min")]
    public void FormatDuration_ShouldUseTheLargestSensibleUnit_WhenGivenADuration(double seconds, string expected)
    {
        PipelineGraphView.FormatDuration(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);
    }

    private static NodeStatus Running(double progress) => new(NodeRunState.Running, progress, null, false, null);

    private static AngleSharp.Dom.IElement Node(IRenderedComponent<PipelineGraphView> view, string id) => view.Find($"g[data-node='{id}']");

    private static double Width(IRenderedComponent<PipelineGraphView> view, string id, string selector) =>
        double.Parse(Node(view, id).QuerySelector(selector)!.GetAttribute("width")!, CultureInfo.InvariantCulture);

    private IRenderedComponent<PipelineGraphView> RenderView(PipelineGraph? graph = null, Dictionary<string, NodeStatus>? statuses = null) =>
        Render<PipelineGraphView>(p => p.Add(v => v.Graph, graph ?? _webImages).Add(v => v.Statuses, statuses));
}
