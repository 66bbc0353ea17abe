using System.Globalization;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Catalog;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// Edits one node's settings with a field per <see cref="SettingDescriptor"/> of its type. Values that break a rule
/// (out of range, required, not a colour) are flagged under the field and not sent; every valid edit sends the whole
/// new settings object through <see cref="OnChange"/>.
/// </summary>
public partial class NodeSettingsForm
{
    private NodeSettingsModel? _model;
    private GraphNode? _shown;

    /// <summary>The node whose settings are edited.</summary>
    [Parameter, EditorRequired]
    public GraphNode Node { get; set; } = default!;

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

    private static string? NumberHelp(SettingDescriptor setting)
    {
        var range = setting.Minimum is { } min && setting.Maximum is { } max
            ? $"{min.ToString(CultureInfo.InvariantCulture)}–{max.ToString(CultureInfo.InvariantCulture)}"
            : null;
        return string.Join(" · ", new[] { range, setting.Description }.Where(s => !string.IsNullOrEmpty(s)));
    }

    private Task SetNumberAsync(SettingDescriptor setting, double? value) => SendIf(_model!.SetNumber(setting, value));

    private Task SetTextAsync(SettingDescriptor setting, string? value) => SendIf(_model!.SetText(setting, value));

    private Task SetFlagAsync(SettingDescriptor setting, bool value) => SendIf(_model!.SetFlag(setting, value));

    private Task SendIf(bool accepted) => accepted ? OnChange.InvokeAsync(_model!.Settings) : Task.CompletedTask;
}
