using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Tests.Graph.Parameters;

public sealed class GraphValidatorParameterTests
{
    private readonly FakeNodeTypeResolver _types = new();

    [Fact]
    public void Validate_ShouldAcceptTheGraph_WhenEveryBindingFitsAndEveryParameterIsUsed() =>
        GraphValidator.Validate(BrandKitGraphs.Slides(), _types).ShouldBeEmpty();

    [Fact]
    public void Validate_ShouldNameTheParameterNodeAndSetting_WhenAnOverrideDoesNotSuitABoundSetting()
    {
        // "#12345" is not a colour for the slide node, though it is text: the colour kind check refuses it first.
        var problems = GraphValidator.Validate(BrandKitGraphs.Slides(), _types, new Dictionary<string, JsonNode?> { ["background"] = "#12345" });

        var problem = problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe(GraphProblemCode.InvalidParameter);
        problem.Parameter.ShouldBe("background");
    }

    [Fact]
    public void Validate_ShouldBlameTheParameter_WhenItsValueIsRefusedByABoundSetting()
    {
        // A text parameter passes its own kind check; the slide node refuses the value for "aspect" on both slides.
        var graph = BrandKitGraphs.Slides(BrandKitGraphs.Background, new GraphParameter("aspect", GraphParameterKind.Text, "Wide"));
        var problems = GraphValidator.Validate(graph, _types);

        problems.Select(p => (p.Code, p.NodeId, p.Setting)).ShouldBe(
        [
            (GraphProblemCode.ParameterKindMismatch, "first", "aspect"),
            (GraphProblemCode.ParameterKindMismatch, "second", "aspect"),
        ]);
        problems[0].Message.ShouldContain("Parameter \"aspect\" is a Text parameter, but setting \"aspect\" of node \"first\" (image.slide) takes a Choice");
    }

    [Fact]
    public void Validate_ShouldReportInvalidParameterValue_WithNodeAndSetting_WhenAFittingKindHasAValueTheNodeRefuses()
    {
        var graph = BrandKitGraphs.Slides(BrandKitGraphs.Background, BrandKitGraphs.Aspect with { Default = "Round", Choices = ["Round", "Portrait"] });

        var problems = GraphValidator.Validate(graph, _types);

        problems.Count.ShouldBe(2);
        problems.ShouldAllBe(p => p.Code == GraphProblemCode.InvalidParameterValue && p.Parameter == "aspect" && p.Setting == "aspect");
        problems[0].Message.ShouldBe("Parameter \"aspect\" = Round does not suit setting \"aspect\" of node \"first\" (image.slide): Aspect must be one of Square, Portrait, Story.");
        problems[1].NodeId.ShouldBe("second");
    }

    [Fact]
    public void Validate_ShouldReportABindingToASettingTheTypeLacks()
    {
        var graph = BrandKitGraphs.Slides().WithNodeSettings("first", new JsonObject
        {
            ["background"] = ParameterBinding.Create("background"),
            ["aspect"] = ParameterBinding.Create("aspect"),
            ["colour"] = ParameterBinding.Create("background"),
        });

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.InvalidBinding);
        problem.Message.ShouldContain("image.slide has no setting \"colour\"");
    }

    [Fact]
    public void Validate_ShouldWarnAboutAnUnusedParameter_WithoutMakingItAnError()
    {
        var graph = BrandKitGraphs.Slides(BrandKitGraphs.Background, BrandKitGraphs.Aspect, new GraphParameter("accent", GraphParameterKind.Colour, "#ffffff"));

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.UnusedParameter);
        problem.Severity.ShouldBe(GraphProblemSeverity.Warning);
        problem.IsError.ShouldBeFalse();
        GraphValidator.Errors([problem]).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_ShouldReportAnUnknownParameter_WithNodeAndSetting()
    {
        var graph = BrandKitGraphs.Slides().WithNodeSettings("first", new JsonObject
        {
            ["background"] = ParameterBinding.Create("brand"),
            ["aspect"] = ParameterBinding.Create("aspect"),
        });

        var problem = GraphValidator.Validate(graph, _types).ShouldHaveSingleItem();

        problem.Code.ShouldBe(GraphProblemCode.UnknownParameter);
        (problem.NodeId, problem.Setting, problem.Parameter).ShouldBe(("first", "background", "brand"));
        problem.Message.ShouldContain("declared: \"background\", \"aspect\"");
    }
}
