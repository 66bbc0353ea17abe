using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using static MediaEngine.Domain.Tests.Graph.TestGraphs;

namespace MediaEngine.Domain.Tests.Graph;

public sealed class GraphValidatorTests
{
    private readonly FakeNodeTypeResolver _types = new();

    [Fact]
    public void Validate_ShouldReportNoProblems_WhenGraphIsTheWebImagesExample()
    {
        GraphValidator.Validate(WebImages(), _types).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad id")]
    [InlineData("a.b")]
    [InlineData("x/y")]
    [InlineData("café")]
    public void Validate_ShouldReportInvalidId_WhenNodeIdIsEmptyOrHasForbiddenCharacters(string id)
    {
        var graph = BuildGraph([Source(id)], [], [new GraphOutput("out", new PortRef(id, "image"))]);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.InvalidId);
        problem.NodeId.ShouldBe(id);
        problem.Message.ShouldContain($"\"{id}\"");
    }

    [Theory]
    [InlineData("source")]
    [InlineData("Step_2-b")]
    public void IsValidNodeId_ShouldAcceptLettersDigitsDashAndUnderscore_WhenIdIsWellFormed(string id)
    {
        GraphValidator.IsValidNodeId(id).ShouldBeTrue();
    }

    [Fact]
    public void Validate_ShouldReportDuplicateNodeIdOnTheSecondNode_WhenTwoNodesShareAnId()
    {
        var graph = BuildGraph(
            [Source(), Node("fit", "image.resize"), Node("fit", "image.convert")],
            [Edge("source.image", "fit.image")],
            [Output("out", "fit.image")]);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.DuplicateNodeId);
        problem.NodeId.ShouldBe("fit");
        problem.Message.ShouldContain("nodes 2 and 3");
    }

    [Fact]
    public void Validate_ShouldReportOnlyTheUnknownType_WhenANodeTypeIsUnknown()
    {
        var graph = BuildGraph(
            [Source(), Node("mystery", "image.sparkle"), Node("webp", "image.convert")],
            [Edge("source.image", "mystery.whatever"), Edge("mystery.result", "webp.image")],
            [Output("out", "webp.image")]);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.ShouldBe(new GraphProblem(
            GraphProblemCode.UnknownNodeType, "Node \"mystery\" has unknown type \"image.sparkle\".", "mystery"));
    }

    [Fact]
    public void Validate_ShouldForwardEachSettingsProblem_WhenResolverRejectsSettings()
    {
        var graph = BuildGraph(
            [Node("source", "image.input"), Node("fit", "image.resize", new JsonObject { ["width"] = 0 })],
            [Edge("source.image", "fit.image")],
            [Output("out", "fit.image")]);

        var problems = GraphValidator.Validate(graph, _types);

        problems.Select(p => (p.Code, p.NodeId, p.Port)).ShouldBe(
        [
            (GraphProblemCode.InvalidSettings, "source", null),
            (GraphProblemCode.InvalidSettings, "fit", null),
            (GraphProblemCode.UnboundGraphInput, null, null),
        ]);
        problems[0].Message.ShouldBe("Node \"source\" (image.input) has invalid settings: Setting \"input\" is required.");
        problems[1].Message.ShouldContain("\"fit\"");
        problems[1].Message.ShouldContain("Setting \"width\" must be between 1 and 10000, but is 0.");
    }

    [Fact]
    public void Validate_ShouldReportUnknownGraphInput_WhenInputNodeNamesAnUndeclaredInput()
    {
        var graph = BuildGraph([Source("source", "image"), Source("extra", "photo")], [], [Output("a", "source.image"), Output("b", "extra.image")]);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.UnknownGraphInput);
        problem.NodeId.ShouldBe("extra");
        problem.Message.ShouldBe("Node \"extra\" is bound to graph input \"photo\", but the graph declares no such input (declared: \"image\").");
    }

    [Fact]
    public void Validate_ShouldReportUnboundGraphInput_WhenNoNodeBindsADeclaredInput()
    {
        var graph = BuildGraph(
            [Source()],
            [],
            [Output("out", "source.image")],
            [new GraphInput("image", PortKind.Image), new GraphInput("logo", PortKind.Image)]);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.UnboundGraphInput);
        problem.NodeId.ShouldBeNull();
        problem.Message.ShouldContain("\"logo\"");
    }

    [Fact]
    public void Validate_ShouldReportDuplicateName_WhenInputOrOutputNamesRepeat()
    {
        var graph = BuildGraph(
            [Source()],
            [],
            [Output("web", "source.image"), Output("web", "source.image")],
            [new GraphInput("image", PortKind.Image), new GraphInput("image", PortKind.Image)]);

        var problems = GraphValidator.Validate(graph, _types);

        problems.Select(p => p.Code).ShouldBe([GraphProblemCode.DuplicateName, GraphProblemCode.DuplicateName]);
        problems[0].Message.ShouldBe("Graph input name \"image\" is used more than once; input names must be unique.");
        problems[1].Message.ShouldBe("Graph output name \"web\" is used more than once; output names must be unique.");
    }

    [Fact]
    public void Validate_ShouldReportNoOutputsWithoutUnreachableNodes_WhenGraphDeclaresNoOutputs()
    {
        var graph = BuildGraph([Source(), Node("fit", "image.resize")], [Edge("source.image", "fit.image")], []);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.NoOutputs);
        problem.NodeId.ShouldBeNull();
    }

    [Fact]
    public void Validate_ShouldReportUnknownNodeAndUnknownPort_WhenOutputsPointNowhere()
    {
        var graph = BuildGraph(
            [Source()],
            [],
            [Output("good", "source.image"), Output("lost", "ghost.image"), Output("typo", "source.imag")]);

        var problems = GraphValidator.Validate(graph, _types);

        problems.Select(p => (p.Code, p.NodeId, p.Port)).ShouldBe(
        [
            (GraphProblemCode.UnknownNode, "ghost", "image"),
            (GraphProblemCode.UnknownPort, "source", "imag"),
        ]);
        problems[0].Message.ShouldContain("\"lost\"");
        problems[1].Message.ShouldContain("\"typo\"");
        problems[1].Message.ShouldContain("its outputs: \"image\"");
    }

    [Fact]
    public void Validate_ShouldReportUnreachableNode_WhenANodeLeadsToNoOutput()
    {
        var graph = BuildGraph(
            [Source(), Node("fit", "image.resize"), Node("orphan", "image.convert")],
            [Edge("source.image", "fit.image"), Edge("source.image", "orphan.image")],
            [Output("out", "fit.image")]);

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.ShouldBe(new GraphProblem(
            GraphProblemCode.UnreachableNode,
            "Node \"orphan\" does not lead to any graph output, so it would run for nothing.",
            "orphan"));
    }

    [Fact]
    public void Validate_ShouldReportEveryProblemInNodeThenEdgeOrder_WhenGraphHasSeveralProblems()
    {
        var graph = BuildGraph(
            [
                Source("src", "photo"),
                Node("bad id", "image.resize"),
                Node("fit", "image.resize", new JsonObject { ["width"] = 0 }),
                Node("fit", "image.convert"),
                Node("vid", "video.input"),
                Node("conv", "image.convert"),
            ],
            [Edge("src.image", "fit.image"), Edge("vid.video", "conv.image"), Edge("ghost.image", "conv.image")],
            [Output("web", "conv.image"), Output("web", "fit.nope")]);

        var problems = GraphValidator.Validate(graph, _types);

        problems.Select(p => (p.Code, p.NodeId, p.Port)).ShouldBe(
        [
            (GraphProblemCode.UnknownGraphInput, "src", null),
            (GraphProblemCode.InvalidId, "bad id", null),
            (GraphProblemCode.InvalidSettings, "fit", null),
            (GraphProblemCode.DuplicateNodeId, "fit", null),
            (GraphProblemCode.KindMismatch, "conv", "image"),
            (GraphProblemCode.UnknownNode, "ghost", "image"),
            (GraphProblemCode.RequiredInputUnconnected, "bad id", "image"),
            (GraphProblemCode.TooManyEdges, "conv", "image"),
            (GraphProblemCode.UnboundGraphInput, null, null),
            (GraphProblemCode.DuplicateName, null, null),
            (GraphProblemCode.UnknownPort, "fit", "nope"),
            (GraphProblemCode.UnreachableNode, "bad id", null),
        ]);
        problems.ShouldAllBe(p => p.Message.EndsWith('.'));
    }

    [Theory]
    [InlineData(PortKind.Image, PortKind.Image, true)]
    [InlineData(PortKind.Image, PortKind.ImageSet, true)]
    [InlineData(PortKind.ImageSet, PortKind.ImageSet, true)]
    [InlineData(PortKind.ImageSet, PortKind.Image, false)]
    [InlineData(PortKind.Video, PortKind.Image, false)]
    [InlineData(PortKind.Image, PortKind.Video, false)]
    [InlineData(PortKind.Audio, PortKind.Video, false)]
    [InlineData(PortKind.Text, PortKind.Data, false)]
    public void IsCompatible_ShouldAllowSameKindOrImageIntoImageSet_WhenComparingKinds(PortKind from, PortKind to, bool expected)
    {
        GraphValidator.IsCompatible(from, to).ShouldBe(expected);
    }

    [Fact]
    public void IsCompatible_ShouldAcceptEveryKindIntoItself_WhenKindsMatch()
    {
        Enum.GetValues<PortKind>().ShouldAllBe(kind => GraphValidator.IsCompatible(kind, kind));
    }
}
