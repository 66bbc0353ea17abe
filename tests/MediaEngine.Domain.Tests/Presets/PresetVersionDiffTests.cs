using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Domain.Presets;
using MediaEngine.Domain.Tests.Graph;
using MediaEngine.Domain.Tests.Graph.Parameters;

namespace MediaEngine.Domain.Tests.Presets;

public sealed class PresetVersionDiffTests
{
    [Fact]
    public void Compare_ShouldBeEmpty_WhenOnlyPositionsNameAndDescriptionDiffer()
    {
        var before = TestGraphs.WebImages();
        var moved = before.Nodes.Select(n => n with { Position = new GraphPosition(100, 200) }).ToArray();
        var after = new PipelineGraph("renamed", "other text", before.Inputs, moved, before.Edges, before.Outputs);

        PresetVersionDiff.Compare(before, after).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Compare_ShouldListEachChangedSettingOldToNew_WhenSettingsAreChangedAddedAndRemoved()
    {
        var before = TestGraphs.WebImages();
        var after = before.WithNodeSettings("webp", new JsonObject { ["format"] = "Avif", ["quality"] = 80, ["effort"] = 6 })
            .WithNodeSettings("fit", new JsonObject { ["width"] = 1280, ["height"] = 1920, ["mode"] = "Fit" });

        var diff = PresetVersionDiff.Compare(before, after);

        diff.ChangedNodes.Select(c => c.NodeId).ShouldBe(["fit", "webp"]);
        diff.ChangedNodes[0].Settings.ShouldBe([new SettingChange("width", "1920", "1280"), new SettingChange("allowUpscale", "false", null)]);
        diff.ChangedNodes[1].Settings.ShouldBe([new SettingChange("format", "\"WebP\"", "\"Avif\""), new SettingChange("effort", null, "6")]);
        diff.ChangedNodes[1].TypeChanged.ShouldBeFalse();
        diff.AddedNodes.ShouldBeEmpty();
        diff.RemovedNodes.ShouldBeEmpty();
        diff.AddedEdges.ShouldBeEmpty();
        diff.IsEmpty.ShouldBeFalse();
    }

    [Fact]
    public void Compare_ShouldReportAddedAndRemovedNodesAndEdges_WhenTheGraphIsRewired()
    {
        var before = TestGraphs.WebImages();
        var after = new PipelineGraph(
            before.Name,
            before.Description,
            before.Inputs,
            [before.Nodes[0], before.Nodes[1], before.Nodes[2], TestGraphs.Node("mark", "image.watermark")],
            [TestGraphs.Edge("source.image", "fit.image"), TestGraphs.Edge("fit.image", "mark.image"), TestGraphs.Edge("mark.image", "webp.image")],
            [TestGraphs.Output("web", "webp.image")]);

        var diff = PresetVersionDiff.Compare(before, after);

        diff.AddedNodes.Select(n => n.Id).ShouldBe(["mark"]);
        diff.RemovedNodes.Select(n => n.Id).ShouldBe(["thumb"]);
        diff.ChangedNodes.ShouldBeEmpty();
        diff.AddedEdges.Select(e => e.ToString()).ShouldBe(["fit.image → mark.image", "mark.image → webp.image"]);
        diff.RemovedEdges.Select(e => e.ToString()).ShouldBe(["fit.image → webp.image", "source.image → thumb.image"]);
        diff.RemovedOutputs.ShouldBe([TestGraphs.Output("thumbnail", "thumb.image")]);
        diff.AddedOutputs.ShouldBeEmpty();
    }

    [Fact]
    public void Compare_ShouldReportATypeChange_WhenANodeKeepsItsIdButChangesType()
    {
        var before = TestGraphs.WebImages();
        var nodes = before.Nodes.Select(n => n.Id == "thumb" ? n with { Type = "image.convert" } : n).ToArray();
        var after = new PipelineGraph(before.Name, before.Description, before.Inputs, nodes, before.Edges, before.Outputs);

        var change = PresetVersionDiff.Compare(before, after).ChangedNodes.ShouldHaveSingleItem();

        change.ShouldBe(new NodeChange("thumb", "image.thumbnail", "image.convert", []), new NodeChangeComparer());
        change.TypeChanged.ShouldBeTrue();
    }

    private sealed class NodeChangeComparer : IEqualityComparer<NodeChange>
    {
        public bool Equals(NodeChange? x, NodeChange? y) =>
            x is not null && y is not null && x.NodeId == y.NodeId && x.OldType == y.OldType && x.NewType == y.NewType && x.Settings.SequenceEqual(y.Settings);

        public int GetHashCode(NodeChange obj) => obj.NodeId.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ShouldListParametersAddedRemovedAndChanged_AndBindingsAsSettingChanges()
    {
        var before = BrandKitGraphs.Slides(BrandKitGraphs.Background, BrandKitGraphs.Aspect, new GraphParameter("old", GraphParameterKind.Text, "x"));
        var after = BrandKitGraphs.Slides(BrandKitGraphs.Background with { Default = "#ff5500" }, BrandKitGraphs.Aspect, new GraphParameter("logo", GraphParameterKind.Image))
            .WithNodeSettings("thumb", new JsonObject { ["size"] = ParameterBinding.Create("count") });

        var diff = PresetVersionDiff.Compare(before, after);

        diff.AddedParameters.Select(p => p.Name).ShouldBe(["logo"]);
        diff.RemovedParameters.Select(p => p.Name).ShouldBe(["old"]);
        diff.ChangedParameters.ShouldBe([new ParameterChange("background", "Colour", "Colour", "#112233", "#ff5500")]);
        diff.ChangedNodes.ShouldHaveSingleItem().Settings.ShouldBe([new SettingChange("size", null, "{\"$param\":\"count\"}")]);
        diff.IsEmpty.ShouldBeFalse();
    }

    [Fact]
    public void Compare_ShouldNotBeEmpty_WhenOnlyAParameterDefaultChanged() =>
        PresetVersionDiff.Compare(BrandKitGraphs.Slides(), BrandKitGraphs.Slides(BrandKitGraphs.Background with { Default = "#000000" }, BrandKitGraphs.Aspect))
            .IsEmpty.ShouldBeFalse();
}
