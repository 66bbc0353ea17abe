using MediaEngine.Domain.Graph;
using Microsoft.AspNetCore.Components;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>Edits the graph's named inputs and outputs; names are checked here, the graph rules by the editor.</summary>
public partial class GraphIoPanel
{
    private string? _inputName;
    private PortKind _inputKind = PortKind.Image;
    private string? _outputName;
    private string? _outputFrom;
    private string? _error;

    [Parameter, EditorRequired]
    public PipelineGraph Graph { get; set; } = default!;

    /// <summary>Every node output port as <c>node.port</c>.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<string> OutputPorts { get; set; } = [];

    [Parameter]
    public EventCallback<IReadOnlyList<GraphInput>> OnInputsChanged { get; set; }

    [Parameter]
    public EventCallback<IReadOnlyList<GraphOutput>> OnOutputsChanged { get; set; }

    private async Task AddInputAsync()
    {
        _error = NameProblem(_inputName, Graph.Inputs.Select(i => i.Name));
        if (_error is null)
        {
            await OnInputsChanged.InvokeAsync([.. Graph.Inputs, new GraphInput(_inputName!.Trim(), _inputKind)]);
            _inputName = null;
        }
    }

    private async Task AddOutputAsync()
    {
        _error = NameProblem(_outputName, Graph.Outputs.Select(o => o.Name))
            ?? (PortRef.TryParse(_outputFrom, out _) ? null : "Choose the node output it publishes.");
        if (_error is null)
        {
            await OnOutputsChanged.InvokeAsync([.. Graph.Outputs, new GraphOutput(_outputName!.Trim(), PortRef.Parse(_outputFrom!))]);
            _outputName = null;
        }
    }

    private static string? NameProblem(string? name, IEnumerable<string> taken) =>
        string.IsNullOrWhiteSpace(name) ? "Give it a name."
        : !GraphValidator.IsValidNodeId(name.Trim()) ? $"'{name.Trim()}' is not a valid name: use letters, digits and dashes."
        : taken.Contains(name.Trim()) ? $"There is already one named '{name.Trim()}'."
        : null;
}
