using MediaEngine.Domain.Graph;

namespace MediaEngine.Domain.Tests.Graph.Editing;

public sealed partial class GraphEditorTests
{
    [Fact]
    public void SetOutputs_ShouldReplaceTheOutputsAsOneUndoableStep_WhenNamesAreDistinct()
    {
        var before = _editor.Graph.Outputs;
        var outputs = before.Append(new GraphOutput("original", PortRef.Parse("source.image"))).ToList();

        _editor.SetOutputs(outputs).Applied.ShouldBeTrue();
        _editor.Graph.Outputs.Select(o => o.Name).ShouldContain("original");
        _editor.Undo();

        _editor.Graph.Outputs.ShouldBe(before);
        _editor.IsDirty.ShouldBeFalse();
    }

    [Fact]
    public void SetOutputs_ShouldRefuse_WhenTwoOutputsShareAName()
    {
        var outputs = _editor.Graph.Outputs.Append(new GraphOutput(_editor.Graph.Outputs[0].Name, PortRef.Parse("source.image"))).ToList();

        var result = _editor.SetOutputs(outputs);

        result.Applied.ShouldBeFalse();
        result.Refusal!.ShouldContain("two outputs named");
        _editor.CanUndo.ShouldBeFalse();
    }

    [Fact]
    public void SetInputs_ShouldReportTheUnboundInput_WhenAnInputNoNodeReadsIsDeclared()
    {
        var inputs = _editor.Graph.Inputs.Append(new GraphInput("logo", PortKind.Image)).ToList();

        _editor.SetInputs(inputs).Applied.ShouldBeTrue();

        _editor.Graph.Inputs.Select(i => i.Name).ShouldContain("logo");
        _editor.Problems.ShouldContain(p => p.Message.Contains("logo"));
    }
}
