using MediaEngine.Domain.Graph;
using static MediaEngine.Domain.Tests.Graph.TestGraphs;

namespace MediaEngine.Domain.Tests.Graph;

public sealed class GraphLayoutTests
{
    [Fact]
    public void Compute_ShouldPlaceEveryNodeInputAndOutput_WhenGraphIsWebImages()
    {
        var layout = GraphLayout.Compute(WebImages());

        layout.Nodes.Select(n => n.Id).ShouldBe(["source", "fit", "webp", "thumb"]);
        layout.Inputs.Select(i => i.Id).ShouldBe(["image"]);
        layout.Outputs.Select(o => o.Id).ShouldBe(["web", "thumbnail"]);
        layout.Nodes.ShouldAllBe(n => n.Width == GraphLayout.NodeWidth && n.Height == GraphLayout.NodeHeight);
        layout.Inputs.Concat(layout.Outputs).ShouldAllBe(p => p.Width == GraphLayout.PillWidth && p.Height == GraphLayout.PillHeight);
        AllBoxes(layout).ShouldAllBe(b => b.X >= 0 && b.Y >= 0 && b.Right <= layout.Width && b.Bottom <= layout.Height);
    }

    [Fact]
    public void Compute_ShouldLayOutAnyBoxesAndLinksKeepingRepeatedLinks_WhenGivenAPlainDag()
    {
        GraphBox[] boxes = [new("version", 150, 40), new("job", 200, 50), new("asset", 180, 60), new("a", 180, 60), new("b", 180, 60)];
        GraphLink[] links = [new("version", "job"), new("job", "a"), new("asset", "a"), new("a", "b"), new("a", "b"), new("b", "nowhere"), new("b", "b")];

        var layout = GraphLayout.Compute(boxes, links);

        layout.Nodes.Select(n => (n.Id, n.Layer, n.Width, n.Height)).ShouldBe(
            [("version", 1, 150d, 40d), ("job", 2, 200d, 50d), ("asset", 1, 180d, 60d), ("a", 3, 180d, 60d), ("b", 4, 180d, 60d)]);
        layout.Edges.Select(e => (e.From, e.To)).ShouldBe([("version", "job"), ("job", "a"), ("asset", "a"), ("a", "b"), ("a", "b")]);
        layout.Edges.ShouldAllBe(e => e.Role == LaidOutEdgeRole.Connection && e.FromPort == null);
        layout.Edges.Single(e => e.From == "asset").Waypoints.Count.ShouldBe(2, "it crosses the job's column in a lane of its own");
        layout.Inputs.ShouldBeEmpty();
        layout.Outputs.ShouldBeEmpty();
        var all = layout.Nodes.ToList();
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                all[i].Overlaps(all[j]).ShouldBeFalse($"{all[i]} overlaps {all[j]}");
            }
        }
    }

    [Fact]
    public void Compute_ShouldPutEachNodeInALaterLayerThanItsPredecessors_WhenPathsHaveDifferentLengths()
    {
        var graph = Branching();

        var layout = GraphLayout.Compute(graph);

        foreach (var edge in graph.Edges)
        {
            layout.FindNode(edge.To.Node)!.Layer.ShouldBeGreaterThan(layout.FindNode(edge.From.Node)!.Layer, edge.ToString());
        }

        layout.FindNode("mix")!.Layer.ShouldBe(4, "longest path: source → fit → sharpen → mix");
        layout.Inputs.ShouldAllBe(i => i.Layer == 0);
        layout.Outputs.ShouldAllBe(o => o.Layer == layout.Nodes.Max(n => n.Layer) + 1);
    }

    [Fact]
    public void Compute_ShouldNotOverlapAnyTwoBoxes_WhenGraphBranchesAndMerges()
    {
        var layout = GraphLayout.Compute(Branching());

        var boxes = AllBoxes(layout);
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                boxes[i].Overlaps(boxes[j]).ShouldBeFalse($"{boxes[i]} overlaps {boxes[j]}");
            }
        }
    }

    [Fact]
    public void Compute_ShouldReturnTheSameLayout_WhenCalledAgainForTheSameGraph()
    {
        var first = GraphLayout.Compute(Branching());
        var second = GraphLayout.Compute(Branching());

        second.Inputs.ShouldBe(first.Inputs);
        second.Nodes.ShouldBe(first.Nodes);
        second.Outputs.ShouldBe(first.Outputs);
        second.Edges.ShouldBe(first.Edges);
        (second.Width, second.Height).ShouldBe((first.Width, first.Height));
    }

    [Fact]
    public void Compute_ShouldLayAChainOutWithIncreasingXOnOneLine_WhenNodesFormAChain()
    {
        var graph = BuildGraph(
            [Source("a"), Node("b", "image.resize"), Node("c", "image.convert")],
            [Edge("a.image", "b.image"), Edge("b.image", "c.image")],
            [Output("out", "c.image")]);

        var layout = GraphLayout.Compute(graph);
        var (a, b, c) = (layout.FindNode("a")!, layout.FindNode("b")!, layout.FindNode("c")!);

        a.Right.ShouldBeLessThan(b.X);
        b.Right.ShouldBeLessThan(c.X);
        layout.Inputs[0].Right.ShouldBeLessThan(a.X);
        c.Right.ShouldBeLessThan(layout.Outputs[0].X);
        new[] { b.CenterY, c.CenterY, layout.Inputs[0].CenterY, layout.Outputs[0].CenterY }.ShouldAllBe(y => y == a.CenterY);
    }

    [Fact]
    public void Compute_ShouldGiveParallelBranchesDifferentY_WhenTwoNodesShareASource()
    {
        var layout = GraphLayout.Compute(WebImages());
        var (fit, thumb) = (layout.FindNode("fit")!, layout.FindNode("thumb")!);

        fit.Layer.ShouldBe(thumb.Layer);
        fit.X.ShouldBe(thumb.X);
        Math.Abs(fit.CenterY - thumb.CenterY).ShouldBeGreaterThanOrEqualTo(GraphLayout.NodeHeight + GraphLayout.RowGap);
        layout.FindNode("source")!.CenterY.ShouldBe((fit.CenterY + thumb.CenterY) / 2, 0.001);
    }

    [Fact]
    public void Compute_ShouldOrderNodesByTheirPredecessors_WhenAuthoringOrderWouldCrossEdges()
    {
        var graph = BuildGraph(
            [Source("fromB", "b"), Source("fromA", "a")],
            [],
            [Output("outA", "fromA.image"), Output("outB", "fromB.image")],
            [new GraphInput("a", PortKind.Image), new GraphInput("b", PortKind.Image)]);

        var layout = GraphLayout.Compute(graph);

        layout.FindNode("fromA")!.Y.ShouldBeLessThan(layout.FindNode("fromB")!.Y);
        layout.Outputs[0].Y.ShouldBeLessThan(layout.Outputs[1].Y);
        layout.Inputs[0].CenterY.ShouldBe(layout.FindNode("fromA")!.CenterY);
    }

    [Fact]
    public void Compute_ShouldStartEdgesOnTheSourceAndEndThemOnTheTarget_WhenGraphIsWebImages()
    {
        var layout = GraphLayout.Compute(WebImages());

        layout.Edges.Select(e => (e.Role, e.From, e.To)).ShouldBe(
        [
            (LaidOutEdgeRole.Connection, "source", "fit"),
            (LaidOutEdgeRole.Connection, "fit", "webp"),
            (LaidOutEdgeRole.Connection, "source", "thumb"),
            (LaidOutEdgeRole.InputBinding, "image", "source"),
            (LaidOutEdgeRole.OutputPublication, "webp", "web"),
            (LaidOutEdgeRole.OutputPublication, "thumb", "thumbnail"),
        ]);
        foreach (var edge in layout.Edges)
        {
            var from = Box(layout, edge.Role == LaidOutEdgeRole.InputBinding ? layout.Inputs : layout.Nodes, edge.From);
            var to = Box(layout, edge.Role == LaidOutEdgeRole.OutputPublication ? layout.Outputs : layout.Nodes, edge.To);
            edge.StartX.ShouldBe(from.Right);
            edge.StartY.ShouldBeInRange(from.Y, from.Bottom);
            edge.EndX.ShouldBe(to.X);
            edge.EndY.ShouldBeInRange(to.Y, to.Bottom);
        }
    }

    [Fact]
    public void Compute_ShouldGiveEachInputPortItsOwnPoint_WhenANodeHasTwoInputPorts()
    {
        var graph = BuildGraph(
            [Source("base"), Source("logo"), Node("stamp", "image.watermark")],
            [Edge("base.image", "stamp.image"), Edge("logo.image", "stamp.overlay")],
            [Output("out", "stamp.image")]);

        var ends = GraphLayout.Compute(graph).Edges.Where(e => e.To == "stamp").ToList();

        ends.Count.ShouldBe(2);
        ends[0].EndY.ShouldNotBe(ends[1].EndY);
    }

    [Fact]
    public void Compute_ShouldRouteALongEdgeAroundTheBoxesOfTheColumnsItSkips_WhenAnOutputComesFromAnEarlyNode()
    {
        var graph = BuildGraph(
            [Source(), Node("slides", "image.carousel-slides"), Node("overview", "image.contact-sheet")],
            [Edge("source.image", "slides.images"), Edge("slides.slides", "overview.images")],
            [Output("slides", "slides.slides"), Output("overview", "overview.image")]);

        var layout = GraphLayout.Compute(graph);

        var edge = layout.Edges.Single(e => e.Role == LaidOutEdgeRole.OutputPublication && e.To == "slides");
        var overview = layout.FindNode("overview")!;
        edge.Waypoints.Count.ShouldBe(2);
        edge.Waypoints.Select(p => p.X).ShouldBe([overview.X, overview.Right]);
        edge.Waypoints.ShouldAllBe(p => p.Y < overview.Y - GraphLayout.RowGap || p.Y > overview.Bottom + GraphLayout.RowGap);
        layout.Edges.Where(e => e != edge).ShouldAllBe(e => e.Waypoints.Count == 0);
    }

    [Fact]
    public void Compute_ShouldStillPlaceEveryNode_WhenGraphHasACycleAndDanglingEdges()
    {
        var graph = BuildGraph(
            [Source(), Node("mix", "image.blend"), Node("fit", "image.resize")],
            [Edge("source.image", "mix.images"), Edge("mix.image", "fit.image"), Edge("fit.image", "mix.images"), Edge("ghost.image", "fit.image")],
            [Output("out", "fit.image"), Output("lost", "nowhere.image")]);

        var layout = GraphLayout.Compute(graph);

        layout.Nodes.Select(n => n.Layer).ShouldBe([1, 2, 3]);
        layout.Outputs.Count.ShouldBe(2);
        layout.Edges.ShouldNotContain(e => e.From == "ghost" || e.To == "lost");
    }

    [Fact]
    public void Compute_ShouldReturnJustTheMargins_WhenGraphIsEmpty()
    {
        var layout = GraphLayout.Compute(new PipelineGraph("empty", null, [], [], [], []));

        layout.Nodes.ShouldBeEmpty();
        layout.Edges.ShouldBeEmpty();
        (layout.Width, layout.Height).ShouldBe((2 * GraphLayout.Margin, 2 * GraphLayout.Margin));
    }

    /// <summary>
    /// Two inputs; source → fit → sharpen → mix and source → thumb, a second source straight into mix (a long edge),
    /// and a third source that only feeds an output.
    /// </summary>
    private static PipelineGraph Branching() => BuildGraph(
        [
            Node("mix", "image.blend"),
            Source(),
            Node("thumb", "image.thumbnail"),
            Node("fit", "image.resize"),
            Source("logo", "logo"),
            Node("sharpen", "image.enhance"),
            Source("raw"),
        ],
        [
            Edge("source.image", "fit.image"),
            Edge("fit.image", "sharpen.image"),
            Edge("sharpen.image", "mix.images"),
            Edge("logo.image", "mix.images"),
            Edge("source.image", "thumb.image"),
        ],
        [Output("mixed", "mix.image"), Output("thumbnail", "thumb.image"), Output("raw", "raw.image"), Output("logo", "logo.image")],
        [new GraphInput("image", PortKind.Image), new GraphInput("logo", PortKind.Image)]);

    private static List<LaidOutNode> AllBoxes(GraphLayoutResult layout) => [.. layout.Inputs, .. layout.Nodes, .. layout.Outputs];

    private static LaidOutNode Box(GraphLayoutResult layout, IReadOnlyList<LaidOutNode> boxes, string id) =>
        boxes.Single(b => b.Id == id);
}
