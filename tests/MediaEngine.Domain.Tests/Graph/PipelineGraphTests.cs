using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using static MediaEngine.Domain.Tests.Graph.TestGraphs;

namespace MediaEngine.Domain.Tests.Graph;

public sealed class PipelineGraphTests
{
    [Fact]
    public void TopologicalOrder_ShouldPutEveryNodeAfterItsInputs_WhenGraphIsWebImages()
    {
        WebImages().TopologicalOrder().ShouldBe(["source", "fit", "webp", "thumb"]);
    }

    [Fact]
    public void TopologicalOrder_ShouldBreakTiesByNodeOrder_WhenNodesAreListedBeforeTheirInputs()
    {
        var graph = BuildGraph(
            [Node("webp", "image.convert"), Node("fit", "image.resize"), Source("second"), Source("first")],
            [Edge("first.image", "fit.image"), Edge("fit.image", "webp.image")],
            [Output("out", "webp.image")]);

        graph.TopologicalOrder().ShouldBe(["second", "first", "fit", "webp"]);
    }

    [Fact]
    public void TopologicalOrder_ShouldPreferTheEarlierListedNode_WhenItBecomesReadyLater()
    {
        var graph = BuildGraph(
            [Node("webp", "image.convert"), Source("first"), Source("second")],
            [Edge("first.image", "webp.image")],
            [Output("web", "webp.image"), Output("raw", "second.image")]);

        graph.TopologicalOrder().ShouldBe(["first", "webp", "second"]);
    }

    [Fact]
    public void TopologicalOrder_ShouldThrowNamingTheCycle_WhenNodesLoop()
    {
        var graph = BuildGraph(
            [Source(), Node("mix", "image.blend"), Node("fit", "image.resize")],
            [Edge("source.image", "mix.images"), Edge("mix.image", "fit.image"), Edge("fit.image", "mix.images")],
            [Output("out", "fit.image")]);

        var ex = Should.Throw<InvalidOperationException>(() => graph.TopologicalOrder());

        ex.Message.ShouldContain("cycle");
        ex.Message.ShouldContain("mix → fit → mix");
    }

    [Fact]
    public void IncomingEdges_ShouldKeepEdgeOrder_WhenNodeHasSeveralInputs()
    {
        var graph = BuildGraph(
            [Source("a"), Source("b"), Node("mix", "image.blend")],
            [Edge("b.image", "mix.images"), Edge("a.image", "mix.images")],
            [Output("out", "mix.image")]);

        graph.IncomingEdges("mix").Select(e => e.From.Node).ShouldBe(["b", "a"]);
        graph.OutgoingEdges("a").ShouldBe([Edge("a.image", "mix.images")]);
        graph.IncomingEdges("a").ShouldBeEmpty();
    }

    [Fact]
    public void Downstream_ShouldReturnEveryTransitiveDependent_WhenNodeFeedsOthers()
    {
        var graph = WebImages();

        graph.Downstream("source").ShouldBe(["fit", "webp", "thumb"], ignoreOrder: true);
        graph.Downstream("fit").ShouldBe(["webp"], ignoreOrder: true);
        graph.Downstream("webp").ShouldBeEmpty();
    }

    [Fact]
    public void Downstream_ShouldExcludeTheNodeItself_WhenItIsOnACycle()
    {
        var graph = BuildGraph(
            [Source(), Node("mix", "image.blend"), Node("fit", "image.resize")],
            [Edge("source.image", "mix.images"), Edge("mix.image", "fit.image"), Edge("fit.image", "mix.images")],
            [Output("out", "fit.image")]);

        graph.Downstream("mix").ShouldBe(["fit"], ignoreOrder: true);
    }

    [Fact]
    public void Downstream_ShouldThrow_WhenNodeDoesNotExist()
    {
        var ex = Should.Throw<ArgumentException>(() => WebImages().Downstream("nope"));

        ex.Message.ShouldContain("\"nope\"");
    }

    [Fact]
    public void WithNodeSettings_ShouldReturnAChangedCopyAndLeaveTheOriginal_WhenOverridingSettings()
    {
        var original = WebImages();

        var changed = original.WithNodeSettings("fit", new JsonObject { ["width"] = 800 });

        changed.FindNode("fit")!.Settings.ToJsonString().ShouldBe("""{"width":800}""");
        original.FindNode("fit")!.Settings["width"]!.GetValue<int>().ShouldBe(1920);
        changed.Nodes.Select(n => n.Id).ShouldBe(original.Nodes.Select(n => n.Id));
        changed.FindNode("webp").ShouldBe(original.FindNode("webp"));
        changed.Edges.ShouldBe(original.Edges);
        changed.Outputs.ShouldBe(original.Outputs);
    }

    [Fact]
    public void WithNodeSettings_ShouldThrow_WhenNodeDoesNotExist()
    {
        Should.Throw<ArgumentException>(() => WebImages().WithNodeSettings("nope", []));
    }

    [Fact]
    public void Settings_ShouldNotChangeTheGraph_WhenCallerMutatesTheObjectsGoingInOrComingOut()
    {
        var settings = new JsonObject { ["width"] = 100 };
        var graph = BuildGraph([Node("fit", "image.resize", settings)], [], []);

        settings["width"] = 1;
        graph.FindNode("fit")!.Settings["width"] = 2;
        graph.Nodes[0].Settings.Remove("width");

        graph.FindNode("fit")!.Settings.ToJsonString().ShouldBe("""{"width":100}""");
    }

    [Fact]
    public void Nodes_ShouldBeReadOnly_WhenCallerTriesToModifyTheList()
    {
        var graph = WebImages();

        Should.Throw<NotSupportedException>(() => ((IList<GraphNode>)graph.Nodes).Add(Source("extra")));
        Should.Throw<NotSupportedException>(() => ((IList<GraphEdge>)graph.IncomingEdges("fit")).Clear());
        graph.Nodes.Count.ShouldBe(4);
    }

    [Fact]
    public void FindNode_ShouldReturnTheFirstNode_WhenIdsRepeat()
    {
        var graph = BuildGraph([Node("x", "image.resize"), Node("x", "image.convert")], [], []);

        graph.FindNode("x")!.Type.ShouldBe("image.resize");
        graph.FindNode("y").ShouldBeNull();
    }

    [Fact]
    public void GraphNodeEquals_ShouldCompareSettingsByContent_WhenObjectsDiffer()
    {
        var a = Node("fit", "image.resize", new JsonObject { ["width"] = 10, ["mode"] = new JsonArray("a", "b") });
        var same = Node("fit", "image.resize", new JsonObject { ["width"] = 10, ["mode"] = new JsonArray("a", "b") });
        var other = Node("fit", "image.resize", new JsonObject { ["width"] = 11, ["mode"] = new JsonArray("a", "b") });

        a.ShouldBe(same);
        a.GetHashCode().ShouldBe(same.GetHashCode());
        a.ShouldNotBe(other);
    }
}
