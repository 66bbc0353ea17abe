using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Editing;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Components.Workbench;

namespace MediaEngine.Web.Tests.Components.Workbench;

public sealed class WorkbenchSessionTests
{
    private static readonly NodeCatalog Catalog = new();
    private readonly WorkbenchSession _session = new(new GraphEditor(new PipelineGraph("g", null, [], [], [], []), Catalog));

    [Fact]
    public void Apply_ShouldSelectTheNewNodeOnly_WhenANodeIsAddedOrDropped()
    {
        var first = Add("image.input");
        _session.Select(WorkbenchSelection.OfNodes([first]));

        var second = Add("image.resize");

        _session.Selection.Nodes.ShouldBe([second]);
        _session.SelectedNode!.Id.ShouldBe(second);
    }

    [Fact]
    public void Apply_ShouldSelectThePastedNodes_WhenTheClipboardIsPasted()
    {
        var input = Add("image.input");
        var resize = Add("image.resize");
        _session.Apply(e => e.Connect(new PortRef(input, "image"), new PortRef(resize, "image")));
        _session.Select(WorkbenchSelection.OfNodes([input, resize]));
        var clip = _session.CopySelection().ShouldNotBeNull();

        var pasted = _session.Apply(e => e.Paste(clip, new GraphPosition(40, 40)));

        pasted.Applied.ShouldBeTrue();
        _session.Selection.Nodes.ShouldBe(pasted.NodeIds!);
        _session.Selection.Nodes.ShouldNotContain(input);
        _session.Editor.Graph.Nodes.Count.ShouldBe(4);
    }

    [Fact]
    public void DeleteSelection_ShouldDeleteTheNodesTheSelectionHolds_AndLeaveNothingSelected()
    {
        var input = Add("image.input");
        var resize = Add("image.resize");
        _session.Select(WorkbenchSelection.OfNodes([input]));

        _session.DeleteSelection().Applied.ShouldBeTrue();

        _session.Editor.Graph.Nodes.Select(n => n.Id).ShouldBe([resize]);
        _session.Selection.IsEmpty.ShouldBeTrue();
        _session.DeleteSelection().Refusal.ShouldBe("Nothing is selected to delete.");
    }

    [Fact]
    public void DeleteSelection_ShouldDeleteTheConnection_WhenAnEdgeIsSelected()
    {
        var input = Add("image.input");
        var resize = Add("image.resize");
        var edge = new GraphEdge(new PortRef(input, "image"), new PortRef(resize, "image"));
        _session.Apply(e => e.Connect(edge.From, edge.To)).Applied.ShouldBeTrue();
        _session.Select(WorkbenchSelection.FromCanvas([], [CanvasModel.EdgeId(edge)]));
        _session.Selection.Edges.ShouldBe([edge]);

        _session.DeleteSelection().Applied.ShouldBeTrue();

        _session.Editor.Graph.Edges.ShouldBeEmpty();
        _session.Editor.Graph.Nodes.Count.ShouldBe(2);
        _session.Selection.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Undo_ShouldDropFromTheSelectionWhatNoLongerExists()
    {
        var input = Add("image.input");
        var resize = Add("image.resize");
        _session.Select(WorkbenchSelection.OfNodes([input, resize]));

        _session.Undo().Applied.ShouldBeTrue();

        _session.Selection.Nodes.ShouldBe([input]);
        _session.Redo().Applied.ShouldBeTrue();
        _session.Selection.Nodes.ShouldBe([input]);
    }

    [Fact]
    public void Select_ShouldKeepOnlyWhatIsInTheGraph()
    {
        var input = Add("image.input");

        _session.Select(WorkbenchSelection.FromCanvas([input, "gone"], ["gone.image->input.image", "not an edge"]));

        _session.Selection.Nodes.ShouldBe([input]);
        _session.Selection.Edges.ShouldBeEmpty();
        _session.CopySelection().ShouldNotBeNull();
        _session.Select(WorkbenchSelection.None);
        _session.CopySelection().ShouldBeNull();
        _session.SelectedNode.ShouldBeNull();
    }

    private string Add(string type)
    {
        var result = _session.Apply(e => e.AddNode(type, new GraphPosition(0, 0)));
        result.Applied.ShouldBeTrue(result.Refusal);
        return result.NodeId!;
    }
}
