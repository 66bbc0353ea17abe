using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Tests.Graph.Parameters;

public sealed class GraphParametersTests
{
    [Fact]
    public void Resolve_ShouldWriteTheDefaultsIntoEveryBoundSetting_WhenNothingIsOverridden()
    {
        var resolution = GraphParameters.Resolve(BrandKitGraphs.Slides());

        resolution.Problems.ShouldBeEmpty();
        foreach (var id in new[] { "first", "second" })
        {
            var settings = resolution.Graph.FindNode(id)!.Settings;
            settings["background"]!.GetValue<string>().ShouldBe("#112233");
            settings["aspect"]!.GetValue<string>().ShouldBe("Portrait");
            settings["title"]!.GetValue<string>().ShouldBe("Hello");
        }

        resolution.Bindings.Count.ShouldBe(4);
        resolution.ParameterOf("second", "background").ShouldBe("background");
    }

    [Fact]
    public void Resolve_ShouldApplyAnOverride_OverTheDefault()
    {
        var resolution = GraphParameters.Resolve(BrandKitGraphs.Slides(), new Dictionary<string, JsonNode?> { ["background"] = "#ff5500" });

        resolution.Problems.ShouldBeEmpty();
        resolution.Graph.FindNode("first")!.GetStringSetting("background").ShouldBe("#ff5500");
        resolution.Graph.FindNode("second")!.GetStringSetting("background").ShouldBe("#ff5500");
        resolution.Graph.FindNode("thumb")!.Settings.Count.ShouldBe(0);
        resolution.Values["background"]!.GetValue<string>().ShouldBe("#ff5500");
    }

    [Fact]
    public void Resolve_ShouldLeaveTheGraphItCameFromUnchanged()
    {
        var graph = BrandKitGraphs.Slides();

        GraphParameters.Resolve(graph, new Dictionary<string, JsonNode?> { ["background"] = "#ff5500" });

        ParameterBinding.TryRead(graph.FindNode("first")!.Settings["background"], out var name).ShouldBeTrue();
        name.ShouldBe("background");
    }

    [Fact]
    public void Resolve_ShouldRemoveTheSetting_WhenItsParameterHasNoValue()
    {
        var graph = BrandKitGraphs.Slides(BrandKitGraphs.Background with { Default = null }, BrandKitGraphs.Aspect);

        var resolution = GraphParameters.Resolve(graph);

        resolution.Problems.ShouldBeEmpty();
        resolution.Graph.FindNode("first")!.Settings.ContainsKey("background").ShouldBeFalse("the node type's default applies");
    }

    [Fact]
    public void Resolve_ShouldReportEveryProblem_WhenDeclarationsBindingsAndOverridesAreWrong()
    {
        var graph = BrandKitGraphs.Slides(
            BrandKitGraphs.Background with { Default = "red" },
            BrandKitGraphs.Aspect,
            BrandKitGraphs.Aspect,
            new GraphParameter("bad name", GraphParameterKind.Text),
            new GraphParameter("shape", GraphParameterKind.Choice, "Round")).WithNodeSettings("thumb", new JsonObject { ["size"] = ParameterBinding.Create("missing") });

        var problems = GraphParameters.Resolve(graph, new Dictionary<string, JsonNode?> { ["nope"] = 1, ["aspect"] = "Wide" }).Problems;

        problems.Select(p => p.Code).ShouldBe(
        [
            GraphProblemCode.InvalidParameter, // background default "red"
            GraphProblemCode.DuplicateName, // aspect twice
            GraphProblemCode.InvalidParameter, // "bad name"
            GraphProblemCode.InvalidParameter, // a choice without choices
            GraphProblemCode.UnknownParameter, // override "nope"
            GraphProblemCode.InvalidParameter, // override aspect = Wide
            GraphProblemCode.UnknownParameter, // thumb.size bound to "missing"
        ]);
        problems[0].Message.ShouldContain("must be a colour written #rrggbb");
        problems[5].Message.ShouldContain("must be one of Square, Portrait, Story");
        problems[6].NodeId.ShouldBe("thumb");
        problems[6].Setting.ShouldBe("size");
        problems[6].Parameter.ShouldBe("missing");
    }

    [Fact]
    public void Resolve_ShouldReportAMalformedBinding_AndDropTheSetting()
    {
        var graph = BrandKitGraphs.Slides().WithNodeSettings("thumb", new JsonObject { ["size"] = new JsonObject { ["$param"] = 3 } });

        var resolution = GraphParameters.Resolve(graph);

        var problem = resolution.Problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe(GraphProblemCode.InvalidBinding);
        problem.Message.ShouldContain("{ \"$param\": \"<parameter name>\" }");
        resolution.Graph.FindNode("thumb")!.Settings.ContainsKey("size").ShouldBeFalse();
    }

    [Theory]
    [InlineData(GraphParameterKind.Integer, "2.5", "must be a whole number")]
    [InlineData(GraphParameterKind.Number, "\"x\"", "must be a number")]
    [InlineData(GraphParameterKind.Boolean, "1", "must be true or false")]
    [InlineData(GraphParameterKind.Image, "\"logo.png\"", "asset library")]
    [InlineData(GraphParameterKind.Font, "\"\"", "font family")]
    public void Problem_ShouldExplain_WhenAValueDoesNotFitTheKind(GraphParameterKind kind, string json, string expected) =>
        ParameterValues.Problem(new GraphParameter("p", kind), JsonNode.Parse(json))!.ShouldContain(expected);

    [Theory]
    [InlineData(GraphParameterKind.Integer, GraphParameterKind.Number, true)]
    [InlineData(GraphParameterKind.Number, GraphParameterKind.Integer, false)]
    [InlineData(GraphParameterKind.Text, GraphParameterKind.Font, true)]
    [InlineData(GraphParameterKind.Colour, GraphParameterKind.Text, false)]
    [InlineData(GraphParameterKind.Image, GraphParameterKind.Image, true)]
    public void CanBind_ShouldFollowTheKindRules(GraphParameterKind parameter, GraphParameterKind setting, bool expected) =>
        ParameterValues.CanBind(parameter, setting).ShouldBe(expected);
}
