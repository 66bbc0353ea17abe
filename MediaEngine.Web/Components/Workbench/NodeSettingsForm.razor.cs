using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Pipelines.Catalog;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// Edits one node's settings with a field per <see cref="SettingDescriptor"/> of its type. Values that break a rule
/// (out of range, required, not a colour) are flagged under the field and not sent; so are the validator's problems
/// about a setting (<see cref="Problems"/>). A setting can be bound to a compatible graph parameter and unbound again.
/// Every valid edit sends the whole new settings object through <see cref="OnChange"/>, once per actual change.
/// </summary>
public partial class NodeSettingsForm
{
    private NodeSettingsModel? _model;
    private GraphNode? _shown;

    /// <summary>The node whose settings are edited.</summary>
    [Parameter, EditorRequired]
    public GraphNode Node { get; set; } = default!;

    /// <summary>The graph's parameters a setting can be bound to.</summary>
    [Parameter]
    public IReadOnlyList<GraphParameter> Parameters { get; set; } = [];

    /// <summary>The validator's problems about this node; those naming a setting show under its field.</summary>
    [Parameter]
    public IReadOnlyList<GraphProblem> Problems { get; set; } = [];

    /// <summary>The node catalog; when not given, the one registered in the services is used.</summary>
    [Parameter]
    public NodeCatalog? Catalog { get; set; }

    /// <summary>Receives the whole new settings object after each valid edit.</summary>
    [Parameter]
    public EventCallback<JsonObject> OnChange { get; set; }

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // Rebuild only for another node or settings changed elsewhere (undo); otherwise keep refused values on screen.
        if (_shown is not null && _shown.Id == Node.Id && _shown.Type == Node.Type
            && (_model is null || JsonNode.DeepEquals(_model.Settings, Node.Settings)))
        {
            return;
        }

        _shown = Node;
        var catalog = Catalog ?? Services.GetRequiredService<NodeCatalog>();
        _model = catalog.Get(Node.Type) is { } type ? new NodeSettingsModel(type, Node.Settings) : null;
    }

    private static string? NumberHelp(SettingDescriptor setting) =>
        string.Join(" · ", new[] { NodeSettingsModel.RangeText(setting), setting.Description }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>The form's own message for the field, else the validator's first problem about the setting.</summary>
    private string? ErrorFor(SettingDescriptor setting) =>
        _model!.ErrorFor(setting.Name) ?? Problems.FirstOrDefault(p => p.Setting == setting.Name && p.IsError)?.Message;

    /// <summary>The parameters whose kind fits the setting (for a choice, whose choices are all the setting's).</summary>
    private List<GraphParameter> Bindable(SettingDescriptor setting) =>
        setting.Name == "input" ? []
        : [.. Parameters.Where(p => ParameterValues.CanBind(p.Kind, SettingDescriptors.KindOf(setting.Editor))
            && (p.Kind != GraphParameterKind.Choice || p.Choices.All(setting.Choices.Contains)))];

    private string ValueOf(string parameter) =>
        Parameters.FirstOrDefault(p => p.Name == parameter) is { } declared
            ? ParameterValues.Display(declared.Default)
            : "not declared";

    private Task SetNumberAsync(SettingDescriptor setting, double? value) => SendIf(_model!.SetNumber(setting, value));

    private Task SetTextAsync(SettingDescriptor setting, string? value) => SendIf(_model!.SetText(setting, value));

    private Task SetFlagAsync(SettingDescriptor setting, bool value) => SendIf(_model!.SetFlag(setting, value));

    private Task BindAsync(SettingDescriptor setting, string parameter)
    {
        _model!.Bind(setting, parameter);
        return SendIf(true);
    }

    private Task UnbindAsync(SettingDescriptor setting, string parameter)
    {
        _model!.Unbind(setting, Parameters.FirstOrDefault(p => p.Name == parameter)?.Default);
        return SendIf(true);
    }

    /// <summary>Sends the settings when accepted and different from the node's (a picker may report the same colour twice).</summary>
    private Task SendIf(bool accepted) =>
        accepted && !JsonNode.DeepEquals(_model!.Settings, Node.Settings) ? OnChange.InvokeAsync(_model.Settings) : Task.CompletedTask;
}
