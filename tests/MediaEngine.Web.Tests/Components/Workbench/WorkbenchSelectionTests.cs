using MediaEngine.Domain.Graph;
using MediaEngine.Web.Components.Workbench;

namespace MediaEngine.Web.Tests.Components.Workbench;

public sealed class WorkbenchSelectionTests
{
    private static readonly GraphEdge Edge = new(PortRef.Parse("input.image"), PortRef.Parse("resize.image"));

    [Fact]
    public void FromCanvas_ShouldReadEdgesByTheIdTheCanvasGivesThem()
    {
        CanvasModel.EdgeId(Edge).ShouldBe("input.image->resize.image");

        var selection = WorkbenchSelection.FromCanvas(["resize"], [CanvasModel.EdgeId(Edge), "junk"]);

        selection.Nodes.ShouldBe(["resize"]);
        selection.Edges.ShouldBe([Edge]);
        selection.IsEmpty.ShouldBeFalse();
    }

    [Fact]
    public void SameAs_ShouldCompareNodesAndEdges()
    {
        var a = new WorkbenchSelection(["resize"], [Edge]);

        a.SameAs(new WorkbenchSelection(["resize"], [Edge])).ShouldBeTrue();
        a.SameAs(new WorkbenchSelection(["resize"], [])).ShouldBeFalse();
        a.SameAs(WorkbenchSelection.OfNodes(["input"])).ShouldBeFalse();
        WorkbenchSelection.None.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Within_ShouldReturnTheSameSelection_WhenAllOfItIsStillInTheGraph()
    {
        GraphNode[] nodes = [new("input", "image.input", []), new("resize", "image.resize", [])];
        var selection = new WorkbenchSelection(["input", "resize"], [Edge]);

        selection.Within(new PipelineGraph("g", null, [], nodes, [Edge], [])).ShouldBeSameAs(selection);
        var trimmed = selection.Within(new PipelineGraph("g", null, [], nodes[..1], [], []));
        trimmed.Nodes.ShouldBe(["input"]);
        trimmed.Edges.ShouldBeEmpty();
    }
}
