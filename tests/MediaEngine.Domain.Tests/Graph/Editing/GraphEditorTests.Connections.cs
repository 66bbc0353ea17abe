using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Editing;
using static MediaEngine.Domain.Tests.Graph.TestGraphs;

namespace MediaEngine.Domain.Tests.Graph.Editing;

/// <summary>Connecting and disconnecting: every refusal reason while dragging and on drop.</summary>
public sealed partial class GraphEditorTests
{
    [Fact]
    public void CanConnect_ShouldAllowWithoutApplying_WhenKindsMatchAndTheInputIsFree()
    {
        _editor.AddNode("image.convert", new GraphPosition(0, 0));
        var before = _editor.Graph;

        var result = _editor.CanConnect(Ref("thumb.image"), Ref("convert.image"));

        result.ShouldBe(EditResult.Ok);
        _editor.Graph.ShouldBeSameAs(before);
    }

    [Fact]
    public void CanConnect_ShouldSayKindsDiffer_WhenAVideoWouldFeedAnImage()
    {
        _editor.AddNode("video.input", new GraphPosition(0, 0));
        _editor.AddNode("image.convert", new GraphPosition(0, 0));

        var result = _editor.CanConnect(Ref("input.video"), Ref("convert.image"));

        result.Applied.ShouldBeFalse();
        result.Refusal.ShouldBe("Video cannot feed Image: kinds differ (input.video produces Video, convert.image accepts Image).");
    }

    [Fact]
    public void CanConnect_ShouldAllowImageIntoImageSet_WhenTheSetCollectsImages()
    {
        _editor.AddNode("image.contactsheet", new GraphPosition(0, 0));

        _editor.Connect(Ref("fit.image"), Ref("contactsheet.images")).Applied.ShouldBeTrue();
        _editor.Connect(Ref("thumb.image"), Ref("contactsheet.images")).Applied.ShouldBeTrue("the port accepts multiple edges");
    }

    [Fact]
    public void CanConnect_ShouldNameTheCycle_WhenTheEdgeWouldCloseALoop()
    {
        _editor.CanConnect(Ref("webp.image"), Ref("fit.image")).Refusal.ShouldNotBeNull();
        _editor.Disconnect(Edge("source.image", "fit.image"));

        var result = _editor.CanConnect(Ref("webp.image"), Ref("fit.image"));

        result.Refusal.ShouldBe("This would make a cycle: webp → fit → webp.");
    }

    [Fact]
    public void CanConnect_ShouldRefuseASelfLoop_WhenANodeWouldFeedItself()
    {
        _editor.AddNode("image.blend", new GraphPosition(0, 0));

        _editor.CanConnect(Ref("blend.image"), Ref("blend.images")).Refusal.ShouldBe("This would make a cycle: blend → blend.");
    }

    [Fact]
    public void CanConnect_ShouldSayTheInputIsOccupied_WhenAPortTakesOneEdgeAndHasOne()
    {
        var result = _editor.CanConnect(Ref("thumb.image"), Ref("fit.image"));

        result.Refusal.ShouldBe("fit.image already has an input (from source.image); remove that edge first.");
    }

    [Fact]
    public void CanConnect_ShouldRefuse_WhenTheEdgeAlreadyExists()
    {
        _editor.CanConnect(Ref("source.image"), Ref("fit.image")).Refusal.ShouldBe("source.image is already connected to fit.image.");
    }

    [Theory]
    [InlineData("ghost.image", "fit.image", "There is no node \"ghost\" to connect from.")]
    [InlineData("source.image", "ghost.image", "There is no node \"ghost\" to connect to.")]
    [InlineData("source.pixels", "fit.image", "Node \"source\" (image.input) has no such port: no output \"pixels\" (its outputs: \"image\").")]
    [InlineData("source.image", "fit.mask", "Node \"fit\" (image.resize) has no such port: no input \"mask\" (its inputs: \"image\").")]
    [InlineData("fit.image", "source.image", "Node \"source\" (image.input) has no such port: no input \"image\" (its inputs: none).")]
    public void CanConnect_ShouldRefuseWithAReason_WhenANodeOrPortDoesNotExist(string from, string to, string reason)
    {
        _editor.CanConnect(Ref(from), Ref(to)).Refusal.ShouldBe(reason);
        _editor.Connect(Ref(from), Ref(to)).Refusal.ShouldBe(reason);
        _editor.CanUndo.ShouldBeFalse();
    }

    [Fact]
    public void CanConnect_ShouldRefuse_WhenANodeTypeIsUnknown()
    {
        var graph = BuildGraph([Source(), Node("odd", "image.teleport")], [], [Output("out", "source.image")]);
        var editor = new GraphEditor(graph, new FakeNodeTypeResolver());

        editor.CanConnect(Ref("source.image"), Ref("odd.image")).Refusal
            .ShouldBe("Node \"odd\" has unknown type \"image.teleport\", so its ports are not known.");
    }

    [Fact]
    public void Connect_ShouldAddTheEdge_WhenAllowed()
    {
        _editor.AddNode("image.convert", new GraphPosition(0, 0));

        _editor.Connect(Ref("thumb.image"), Ref("convert.image")).Applied.ShouldBeTrue();

        _editor.Graph.Edges.ShouldContain(Edge("thumb.image", "convert.image"));
    }

    [Fact]
    public void Disconnect_ShouldRemoveTheEdge_WhenItExistsAndRefuseOtherwise()
    {
        _editor.Disconnect(Edge("fit.image", "webp.image")).Applied.ShouldBeTrue();

        _editor.Graph.Edges.ShouldNotContain(Edge("fit.image", "webp.image"));
        _editor.Problems.ShouldContain(p => p.Code == GraphProblemCode.RequiredInputUnconnected && p.NodeId == "webp");
        _editor.Disconnect(Edge("fit.image", "webp.image")).Refusal.ShouldBe("There is no edge fit.image → webp.image to remove.");
    }
}
