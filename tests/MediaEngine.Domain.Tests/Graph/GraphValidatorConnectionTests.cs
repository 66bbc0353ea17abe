using MediaEngine.Domain.Graph;
using static MediaEngine.Domain.Tests.Graph.TestGraphs;

namespace MediaEngine.Domain.Tests.Graph;

public sealed class GraphValidatorConnectionTests
{
    private readonly FakeNodeTypeResolver _types = new();

    [Fact]
    public void Validate_ShouldReportUnknownNodeAtEachEnd_WhenEdgeNamesMissingNodes()
    {
        var graph = BuildGraph(
            [Source(), Node("fit", "image.resize")],
            [Edge("source.image", "fit.image"), Edge("ghost.image", "phantom.image")],
            [Output("out", "fit.image")]);

        var problems = GraphValidator.Validate(graph, _types);

        problems.ShouldBe(
        [
            new GraphProblem(GraphProblemCode.UnknownNode, "Edge ghost.image → phantom.image starts at unknown node \"ghost\".", "ghost", "image"),
            new GraphProblem(GraphProblemCode.UnknownNode, "Edge ghost.image → phantom.image ends at unknown node \"phantom\".", "phantom", "image"),
        ]);
    }

    [Fact]
    public void Validate_ShouldReportUnknownPort_WhenEdgeStartsAtAnInputPort()
    {
        var graph = BuildGraph(
            [Source(), Node("blend", "image.blend"), Node("fit", "image.resize")],
            [Edge("source.image", "blend.images"), Edge("blend.images", "fit.image")],
            [Output("out", "fit.image")]);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.UnknownPort);
        problem.NodeId.ShouldBe("blend");
        problem.Port.ShouldBe("images");
        problem.Message.ShouldBe(
            "Edge blend.images → fit.image starts at \"blend.images\", but node \"blend\" (image.blend) has no output port \"images\" (\"images\" is an input port); its outputs: \"image\".");
    }

    [Fact]
    public void Validate_ShouldReportUnknownPort_WhenEdgeEndsAtAMissingInputPort()
    {
        var graph = BuildGraph(
            [Source(), Node("mark", "image.watermark")],
            [Edge("source.image", "mark.image"), Edge("source.image", "mark.overlay")],
            [Output("out", "mark.image")]);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.UnknownPort);
        (problem.NodeId, problem.Port).ShouldBe(("mark", "overlay"));
        problem.Message.ShouldContain("has no input port \"overlay\"; its inputs: \"image\" and \"logo\"");
    }

    [Fact]
    public void Validate_ShouldReportKindMismatchNamingBothKindsAndEnds_WhenVideoFeedsAnImageInput()
    {
        var graph = BuildGraph(
            [Node("clip", "video.input"), Node("fit", "image.resize")],
            [Edge("clip.video", "fit.image")],
            [Output("out", "fit.image")],
            inputs: []);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.KindMismatch);
        (problem.NodeId, problem.Port).ShouldBe(("fit", "image"));
        problem.Message.ShouldBe(
            "Edge clip.video → fit.image connects Video to Image: \"clip.video\" produces Video but \"fit.image\" accepts Image.");
    }

    [Fact]
    public void Validate_ShouldAcceptImagesIntoAnImageSetInput_WhenCollecting()
    {
        var graph = BuildGraph(
            [Source("a"), Source("b"), Node("sheet", "image.contactsheet")],
            [Edge("a.image", "sheet.images"), Edge("b.image", "sheet.images")],
            [Output("out", "sheet.image")]);

        GraphValidator.Validate(graph, _types).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_ShouldReportTooManyEdgesListingTheSources_WhenASingleInputHasTwoEdges()
    {
        var graph = BuildGraph(
            [Source("a"), Source("b"), Node("fit", "image.resize")],
            [Edge("a.image", "fit.image"), Edge("b.image", "fit.image")],
            [Output("out", "fit.image")]);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.ShouldBe(new GraphProblem(
            GraphProblemCode.TooManyEdges,
            "Input \"fit.image\" of node \"fit\" accepts a single edge but has 2: from \"a.image\" and \"b.image\".",
            "fit",
            "image"));
    }

    [Fact]
    public void Validate_ShouldAllowSeveralEdges_WhenInputAcceptsMultiple()
    {
        var graph = BuildGraph(
            [Source("a"), Source("b"), Node("blend", "image.blend")],
            [Edge("a.image", "blend.images"), Edge("b.image", "blend.images")],
            [Output("out", "blend.image")]);

        GraphValidator.Validate(graph, _types).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_ShouldReportRequiredInputUnconnected_WhenARequiredInputHasNoEdge()
    {
        var graph = BuildGraph(
            [Source(), Node("mark", "image.watermark")],
            [Edge("source.image", "mark.logo")],
            [Output("out", "mark.image")]);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.ShouldBe(new GraphProblem(
            GraphProblemCode.RequiredInputUnconnected,
            "Required input \"mark.image\" (Image) of node \"mark\" is not connected.",
            "mark",
            "image"));
    }

    [Fact]
    public void Validate_ShouldNotComplain_WhenAnOptionalInputIsUnconnected()
    {
        var graph = BuildGraph(
            [Source(), Node("mark", "image.watermark")],
            [Edge("source.image", "mark.image")],
            [Output("out", "mark.image")]);

        GraphValidator.Validate(graph, _types).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_ShouldReportOneProblemPerCycleNamingItsNodes_WhenGraphHasTwoCycles()
    {
        var graph = BuildGraph(
            [Source(), Node("mix1", "image.blend"), Node("fit1", "image.resize"), Node("mix2", "image.blend"), Node("fit2", "image.resize")],
            [
                Edge("source.image", "mix1.images"),
                Edge("mix1.image", "fit1.image"),
                Edge("fit1.image", "mix1.images"),
                Edge("fit1.image", "mix2.images"),
                Edge("mix2.image", "fit2.image"),
                Edge("fit2.image", "mix2.images"),
            ],
            [Output("out", "fit2.image")]);

        var problems = GraphValidator.Validate(graph, _types);

        problems.Select(p => (p.Code, p.NodeId)).ShouldBe([(GraphProblemCode.Cycle, "mix1"), (GraphProblemCode.Cycle, "mix2")]);
        problems[0].Message.ShouldBe(
            "Nodes \"mix1\" and \"fit1\" form a cycle (mix1 → fit1 → mix1); a node cannot depend on its own result.");
        problems[1].Message.ShouldContain("mix2 → fit2 → mix2");
    }

    [Fact]
    public void Validate_ShouldNameEveryNodeOfTheLoop_WhenCycleSpansThreeNodes()
    {
        var graph = BuildGraph(
            [Source(), Node("c", "image.convert"), Node("b", "image.resize"), Node("a", "image.blend")],
            [Edge("source.image", "a.images"), Edge("a.image", "b.image"), Edge("b.image", "c.image"), Edge("c.image", "a.images")],
            [Output("out", "c.image")]);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.Cycle);
        problem.NodeId.ShouldBe("c");
        problem.Message.ShouldBe(
            "Nodes \"c\", \"b\" and \"a\" form a cycle (c → a → b → c); a node cannot depend on its own result.");
    }

    [Fact]
    public void Validate_ShouldReportCycle_WhenANodeFeedsItsOwnInput()
    {
        var graph = BuildGraph(
            [Source(), Node("mix", "image.blend")],
            [Edge("source.image", "mix.images"), Edge("mix.image", "mix.images")],
            [Output("out", "mix.image")]);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.Cycle);
        problem.NodeId.ShouldBe("mix");
        problem.Message.ShouldContain("mix → mix");
    }
}
