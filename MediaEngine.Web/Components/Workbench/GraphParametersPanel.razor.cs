using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;
using Microsoft.AspNetCore.Components;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>Declares the graph's parameters; names and choices are checked here, everything else by the editor.</summary>
public partial class GraphParametersPanel
{
    private string? _name;
    private GraphParameterKind _kind = GraphParameterKind.Colour;
    private string? _choices;
    private string? _error;

    [Parameter, EditorRequired]
    public PipelineGraph Graph { get; set; } = default!;

    /// <summary>Receives the whole new list after an add or a changed default.</summary>
    [Parameter]
    public EventCallback<IReadOnlyList<GraphParameter>> OnParametersChanged { get; set; }

    /// <summary>Receives the name of a parameter to remove.</summary>
    [Parameter]
    public EventCallback<string> OnRemove { get; set; }

    [Parameter]
    public EventCallback OnAddBrandKit { get; set; }

    private int UsesOf(string name) => ParameterBinding.In(Graph).Count(b => b.Parameter == name);

    private Task SetDefaultAsync(GraphParameter parameter, JsonNode? value) =>
        OnParametersChanged.InvokeAsync([.. Graph.Parameters.Select(p => p.Name == parameter.Name ? p.WithDefault(value) : p)]);

    private async Task AddAsync()
    {
        var name = _name?.Trim();
        var choices = (_choices ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        _error = string.IsNullOrEmpty(name) ? "Give it a name."
            : !GraphValidator.IsValidNodeId(name) ? $"'{name}' is not a valid name: use letters, digits, '-' and '_'."
            : Graph.Parameters.Any(p => p.Name == name) ? $"There is already a parameter named '{name}'."
            : _kind == GraphParameterKind.Choice && choices.Count == 0 ? "List the choices, separated by commas."
            : null;
        if (_error is not null)
        {
            return;
        }

        var parameter = _kind == GraphParameterKind.Choice
            ? new GraphParameter(name!, _kind, choices[0], Choices: choices)
            : new GraphParameter(name!, _kind, DefaultOf(_kind));
        await OnParametersChanged.InvokeAsync([.. Graph.Parameters, parameter]);
        (_name, _choices) = (null, null);
    }

    /// <summary>A value every parameter of the kind can start from (the person changes it next); none for text and images.</summary>
    private static JsonNode? DefaultOf(GraphParameterKind kind) => kind switch
    {
        GraphParameterKind.Colour => "#000000",
        GraphParameterKind.Number or GraphParameterKind.Integer => 0,
        GraphParameterKind.Boolean => false,
        GraphParameterKind.Font => "DejaVu Sans",
        _ => null,
    };
}
