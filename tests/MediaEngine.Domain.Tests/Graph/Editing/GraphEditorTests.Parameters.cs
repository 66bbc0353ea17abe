using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Editing;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Domain.Tests.Graph.Parameters;

namespace MediaEngine.Domain.Tests.Graph.Editing;

public sealed partial class GraphEditorTests
{
    [Fact]
    public void AddBrandKit_ShouldDeclareTheStandardParameters_AsOneUndoableStep()
    {
        _editor.AddBrandKit().Applied.ShouldBeTrue();

        _editor.Graph.Parameters.Select(p => p.Name).ShouldBe(
            ["style", "background", "accent", "text", "aspect", "slideCount", "headingFont", "bodyFont", "logo"]);
        _editor.Problems.Where(p => p.Code == GraphProblemCode.UnusedParameter).Count().ShouldBe(9);
        _editor.Problems.ShouldAllBe(p => !p.IsError, "unused parameters are warnings");
        _editor.Undo();
        _editor.Graph.Parameters.ShouldBeEmpty();
    }

    [Fact]
    public void AddBrandKit_ShouldAddOnlyTheMissingOnes_AndRefuseWhenAllAreThere()
    {
        _editor.SetParameters([new GraphParameter("accent", GraphParameterKind.Colour, "#123456")]).Applied.ShouldBeTrue();

        _editor.AddBrandKit().Applied.ShouldBeTrue();

        _editor.Graph.Parameters.Count(p => p.Name == "accent").ShouldBe(1);
        _editor.Graph.Parameters[0].Default!.GetValue<string>().ShouldBe("#123456");
        _editor.AddBrandKit().Refusal!.ShouldContain("already declares every brand kit parameter");
    }

    [Fact]
    public void SetParameters_ShouldRefuse_WhenADefaultDoesNotFitItsKind()
    {
        var result = _editor.SetParameters([new GraphParameter("accent", GraphParameterKind.Colour, "orange")]);

        result.Applied.ShouldBeFalse();
        result.Refusal!.ShouldContain("must be a colour written #rrggbb");
        _editor.CanUndo.ShouldBeFalse();
    }

    [Fact]
    public void SetParameters_ShouldRefuse_WhenTwoShareAName() =>
        _editor.SetParameters([new GraphParameter("a", GraphParameterKind.Text), new GraphParameter("a", GraphParameterKind.Number)])
            .Refusal!.ShouldContain("two parameters named \"a\"");

    [Fact]
    public void RemoveParameter_ShouldGiveItsBoundSettingsItsValue_AsOneStep()
    {
        var editor = new GraphEditor(BrandKitGraphs.Slides(), new FakeNodeTypeResolver());

        editor.RemoveParameter("background").Applied.ShouldBeTrue();

        editor.Graph.Parameters.Select(p => p.Name).ShouldBe(["aspect"]);
        editor.Graph.FindNode("first")!.GetStringSetting("background").ShouldBe("#112233");
        editor.Graph.FindNode("second")!.GetStringSetting("background").ShouldBe("#112233");
        editor.Problems.ShouldBeEmpty();
        editor.Undo();
        ParameterBinding.TryRead(editor.Graph.FindNode("first")!.Settings["background"], out _).ShouldBeTrue();
    }

    [Fact]
    public void SetSettings_ShouldBindASettingToAParameter_AndMakeTheGraphDirty()
    {
        var editor = new GraphEditor(BrandKitGraphs.Slides(), new FakeNodeTypeResolver());
        var settings = editor.Graph.FindNode("thumb")!.Settings;
        settings["size"] = ParameterBinding.Create("nope");

        editor.SetSettings("thumb", settings).Applied.ShouldBeTrue();

        editor.IsDirty.ShouldBeTrue();
        editor.Problems.ShouldHaveSingleItem().Code.ShouldBe(GraphProblemCode.UnknownParameter);
    }
}
