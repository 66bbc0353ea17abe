using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Editing;
using static MediaEngine.Domain.Tests.Graph.TestGraphs;

namespace MediaEngine.Domain.Tests.Graph.Editing;

public sealed partial class GraphEditorTests
{
    private readonly GraphEditor _editor = new(WebImages(), new FakeNodeTypeResolver());

    [Fact]
    public void New_ShouldBeCleanAndValid_WhenGivenAValidGraph()
    {
        _editor.Problems.ShouldBeEmpty();
        _editor.IsDirty.ShouldBeFalse();
        _editor.CanUndo.ShouldBeFalse();
        _editor.CanRedo.ShouldBeFalse();
    }

    [Fact]
    public void AddNode_ShouldDeriveUniqueIdsFromTheType_WhenTheSameTypeIsAddedTwice()
    {
        var first = _editor.AddNode("image.blend", new GraphPosition(10, 20));
        var second = _editor.AddNode("image.blend", new GraphPosition(30, 40));

        first.Applied.ShouldBeTrue();
        first.NodeId.ShouldBe("blend");
        second.NodeId.ShouldBe("blend-2");
        var node = _editor.Graph.FindNode("blend-2")!;
        node.Type.ShouldBe("image.blend");
        node.Position.ShouldBe(new GraphPosition(30, 40));
        node.Settings.ShouldBeEmpty();
        _editor.IsDirty.ShouldBeTrue();
    }

    [Fact]
    public void AddNode_ShouldSkipTakenIds_WhenTheStemIsAlreadyANode()
    {
        _editor.AddNode("image.resize", new GraphPosition(0, 0)).NodeId.ShouldBe("resize");
        _editor.AddNode("image.convert", new GraphPosition(0, 0)).NodeId.ShouldBe("convert");
        _editor.AddNode("image.resize", new GraphPosition(0, 0)).NodeId.ShouldBe("resize-2");
    }

    [Fact]
    public void AddNode_ShouldRefuseAndKeepTheGraph_WhenTheTypeIsUnknown()
    {
        var before = _editor.Graph;

        var result = _editor.AddNode("image.teleport", new GraphPosition(0, 0));

        result.Applied.ShouldBeFalse();
        result.Refusal.ShouldBe("There is no node type \"image.teleport\" in the catalog.");
        _editor.Graph.ShouldBeSameAs(before);
        _editor.CanUndo.ShouldBeFalse();
    }

    [Fact]
    public void AddNode_ShouldRevalidateAndRaiseChanged_WhenApplied()
    {
        var changes = 0;
        _editor.Changed += () => changes++;

        _editor.AddNode("image.resize", new GraphPosition(0, 0));

        changes.ShouldBe(1);
        _editor.Problems.ShouldContain(p => p.Code == GraphProblemCode.RequiredInputUnconnected && p.NodeId == "resize");
    }

    [Fact]
    public void MoveNodes_ShouldMoveSeveralNodesInOneUndoStep_WhenDraggedTogether()
    {
        _editor.MoveNodes(new Dictionary<string, GraphPosition> { ["fit"] = new(100, 5), ["webp"] = new(300, 5) }).Applied.ShouldBeTrue();

        _editor.Graph.FindNode("fit")!.Position.ShouldBe(new GraphPosition(100, 5));
        _editor.Graph.FindNode("webp")!.Position.ShouldBe(new GraphPosition(300, 5));
        _editor.Undo().Applied.ShouldBeTrue();
        _editor.Graph.FindNode("fit")!.Position.ShouldBeNull();
        _editor.Graph.FindNode("webp")!.Position.ShouldBeNull();
        _editor.CanUndo.ShouldBeFalse();
    }

    [Fact]
    public void MoveNodes_ShouldRefuse_WhenANodeIsUnknownOrNothingMoves()
    {
        _editor.MoveNodes(new Dictionary<string, GraphPosition> { ["ghost"] = new(1, 1) }).Refusal
            .ShouldBe("There is no node \"ghost\" in the graph.");
        _editor.MoveNodes(new Dictionary<string, GraphPosition> { ["source"] = new(0, 0) }).Refusal
            .ShouldBe("The nodes are already at those positions.");
        _editor.MoveNodes(new Dictionary<string, GraphPosition>()).Applied.ShouldBeFalse();
        _editor.CanUndo.ShouldBeFalse();
    }

    [Fact]
    public void Delete_ShouldRemoveNodesWithTheirEdgesAndOutputs_WhenNodesAreSelected()
    {
        _editor.Delete(["webp"], []).Applied.ShouldBeTrue();

        _editor.Graph.FindNode("webp").ShouldBeNull();
        _editor.Graph.Edges.ShouldBe([Edge("source.image", "fit.image"), Edge("source.image", "thumb.image")]);
        _editor.Graph.Outputs.Select(o => o.Name).ShouldBe(["thumbnail"]);
    }

    [Fact]
    public void Delete_ShouldRemoveNodesAndEdgesInOneStep_WhenBothAreSelected()
    {
        _editor.Delete(["thumb"], [Edge("fit.image", "webp.image")]).Applied.ShouldBeTrue();

        _editor.Graph.Nodes.Select(n => n.Id).ShouldBe(["source", "fit", "webp"]);
        _editor.Graph.Edges.ShouldBe([Edge("source.image", "fit.image")]);
        _editor.Undo();
        _editor.IsDirty.ShouldBeFalse();
        _editor.Graph.Edges.Count.ShouldBe(3);
    }

    [Fact]
    public void Delete_ShouldRefuse_WhenNothingIsSelectedOrSomethingIsUnknown()
    {
        _editor.Delete([], []).Refusal.ShouldBe("Nothing is selected to delete.");
        _editor.Delete(["fit", "ghost"], []).Refusal.ShouldBe("There is no node \"ghost\" in the graph.");
        _editor.Delete([], [Edge("thumb.image", "webp.image")]).Refusal.ShouldBe("There is no edge thumb.image → webp.image to remove.");
        _editor.Graph.Nodes.Count.ShouldBe(4);
        _editor.CanUndo.ShouldBeFalse();
    }

    [Fact]
    public void SetSettings_ShouldReplaceTheWholeSettingsAndRevalidate_WhenTheNodeExists()
    {
        _editor.SetSettings("fit", new JsonObject { ["width"] = 0 }).Applied.ShouldBeTrue();

        _editor.Graph.FindNode("fit")!.Settings.ToJsonString().ShouldBe("""{"width":0}""");
        _editor.Problems.ShouldHaveSingleItem().Code.ShouldBe(GraphProblemCode.InvalidSettings);
        _editor.Undo();
        _editor.Graph.FindNode("fit")!.Settings["height"]!.GetValue<int>().ShouldBe(1920);
        _editor.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void SetSettings_ShouldRefuse_WhenTheNodeIsUnknownOrNothingChanges()
    {
        _editor.SetSettings("ghost", []).Refusal.ShouldBe("There is no node \"ghost\" in the graph.");
        _editor.SetSettings("webp", new JsonObject { ["format"] = "WebP", ["quality"] = 80 }).Refusal
            .ShouldBe("The settings of \"webp\" are unchanged.");
        _editor.CanUndo.ShouldBeFalse();
    }

    [Fact]
    public void Copy_ShouldTakeTheNodesAndOnlyTheEdgesAmongThem()
    {
        var clip = _editor.Copy(["fit", "webp", "ghost"]);

        clip.Nodes.Select(n => n.Id).ShouldBe(["fit", "webp"]);
        clip.Edges.ShouldBe([Edge("fit.image", "webp.image")]);
        _editor.Copy([]).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Paste_ShouldGiveFreshIdsRemapEdgesAndShiftPositions_InOneUndoStep()
    {
        var clip = _editor.Copy(["source", "fit"]);

        var result = _editor.Paste(clip, new GraphPosition(40, 60));

        result.NodeIds.ShouldBe(["source-2", "fit-2"]);
        result.NodeId.ShouldBe("source-2");
        _editor.Graph.FindNode("source-2")!.Position.ShouldBe(new GraphPosition(40, 60));
        _editor.Graph.FindNode("fit-2")!.Settings["width"]!.GetValue<int>().ShouldBe(1920);
        _editor.Graph.Edges.ShouldContain(Edge("source-2.image", "fit-2.image"));
        _editor.Graph.Edges.Count.ShouldBe(4);
        _editor.Paste(clip, new GraphPosition(0, 0)).NodeIds.ShouldBe(["source-3", "fit-3"]);
        _editor.Undo();
        _editor.Undo();
        _editor.IsDirty.ShouldBeFalse();
    }

    [Fact]
    public void Paste_ShouldRefuse_WhenTheClipboardIsEmpty()
    {
        _editor.Paste(GraphClipboard.Empty, new GraphPosition(0, 0)).Refusal.ShouldBe("The clipboard is empty: copy some nodes first.");
    }

    [Fact]
    public void AutoLayout_ShouldPlaceNodesLeftToRightInOneStep_WhenPositionsAreMissing()
    {
        _editor.AutoLayout().Applied.ShouldBeTrue();

        var x = _editor.Graph.Nodes.ToDictionary(n => n.Id, n => n.Position!.X);
        x["fit"].ShouldBeGreaterThan(x["source"]);
        x["webp"].ShouldBeGreaterThan(x["fit"]);
        var layout = GraphLayout.Compute(WebImages());
        _editor.Graph.FindNode("thumb")!.Position.ShouldBe(new GraphPosition(layout.FindNode("thumb")!.X, layout.FindNode("thumb")!.Y));
        _editor.AutoLayout().Refusal.ShouldBe("The nodes are already laid out.");
        _editor.Undo();
        _editor.CanUndo.ShouldBeFalse();
    }

    [Fact]
    public void UndoRedo_ShouldWalkTheHistoryBothWays_AndANewEditShouldClearRedo()
    {
        _editor.AddNode("image.convert", new GraphPosition(0, 0));
        _editor.Connect(Ref("thumb.image"), Ref("convert.image"));
        var connected = _editor.Graph;

        _editor.Undo();
        _editor.Undo();
        _editor.Graph.FindNode("convert").ShouldBeNull();
        _editor.IsDirty.ShouldBeFalse();
        _editor.CanRedo.ShouldBeTrue();
        _editor.Undo().Refusal.ShouldBe("There is nothing to undo.");

        _editor.Redo();
        _editor.Redo();
        _editor.Graph.ShouldBeSameAs(connected);
        _editor.Redo().Refusal.ShouldBe("There is nothing to redo.");

        _editor.Undo();
        _editor.Delete(["thumb"], []);
        _editor.CanRedo.ShouldBeFalse();
    }

    [Fact]
    public void Undo_ShouldKeepOnlyTheLatestSteps_WhenTheHistoryLimitIsPassed()
    {
        for (var i = 1; i <= GraphEditor.HistoryLimit + 5; i++)
        {
            _editor.MoveNodes(new Dictionary<string, GraphPosition> { ["fit"] = new(i, 0) });
        }

        var undone = 0;
        while (_editor.Undo().Applied)
        {
            undone++;
        }

        undone.ShouldBe(GraphEditor.HistoryLimit);
        _editor.Graph.FindNode("fit")!.Position.ShouldBe(new GraphPosition(5, 0));
    }

    [Fact]
    public void IsDirty_ShouldFollowContentAndMarkSaved()
    {
        _editor.MoveNodes(new Dictionary<string, GraphPosition> { ["fit"] = new(5, 5) });
        _editor.IsDirty.ShouldBeTrue();

        _editor.MoveNodes(new Dictionary<string, GraphPosition> { ["fit"] = new(9, 9) });
        _editor.MarkSaved();
        _editor.IsDirty.ShouldBeFalse();

        _editor.Undo();
        _editor.IsDirty.ShouldBeTrue();
        _editor.Redo();
        _editor.IsDirty.ShouldBeFalse();
    }

    private static PortRef Ref(string text) => PortRef.Parse(text);
}
