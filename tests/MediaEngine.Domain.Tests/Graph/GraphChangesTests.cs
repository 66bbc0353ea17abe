using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Tests.Graph.Parameters;

namespace MediaEngine.Domain.Tests.Graph;

public sealed class GraphChangesTests
{
    [Fact]
    public void StaleSince_ShouldBeEmpty_WhenOnlyPositionsChanged()
    {
        var ran = TestGraphs.WebImages();
        var moved = new PipelineGraph(ran.Name, ran.Description, ran.Inputs,
            [.. ran.Nodes.Select(n => n with { Position = new GraphPosition(500, 500) })], ran.Edges, ran.Outputs);

        GraphChanges.StaleSince(ran, moved).ShouldBeEmpty();
    }

    [Fact]
    public void StaleSince_ShouldNameTheChangedNodeAndWhatDependsOnIt()
    {
        var ran = TestGraphs.WebImages();
        var now = ran.WithNodeSettings("fit", new JsonObject { ["width"] = 800 });

        GraphChanges.StaleSince(ran, now).ShouldBe(["fit", "webp"], ignoreOrder: true);
    }

    [Fact]
    public void StaleSince_ShouldNameEveryBoundNode_WhenAParameterDefaultChanged()
    {
        var ran = BrandKitGraphs.Slides();
        var now = ran.WithParameters([BrandKitGraphs.Background with { Default = "#000000" }, BrandKitGraphs.Aspect]);

        GraphChanges.StaleSince(ran, now).ShouldBe(["first", "second"], ignoreOrder: true);
    }

    [Fact]
    public void StaleSince_ShouldNameANewNodeAndARewiredOne()
    {
        var ran = TestGraphs.WebImages();
        var now = new PipelineGraph(ran.Name, ran.Description, ran.Inputs,
            [.. ran.Nodes, TestGraphs.Node("extra", "image.resize")],
            [.. ran.Edges.Where(e => e.To.Node != "thumb"), TestGraphs.Edge("fit.image", "thumb.image"), TestGraphs.Edge("source.image", "extra.image")],
            ran.Outputs);

        GraphChanges.StaleSince(ran, now).ShouldBe(["thumb", "extra"], ignoreOrder: true);
    }
}
