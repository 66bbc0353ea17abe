using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph.Parameters;
using Microsoft.AspNetCore.Components;

namespace MediaEngine.Web.Components.Shared.Parameters;

/// <summary>
/// The value of one graph parameter (a default in the workbench, an override on the Run page). A value that does not
/// fit the kind (a colour that is not #rrggbb, say) is explained under the field and not sent; clearing the field sends
/// null (no value).
/// </summary>
public partial class ParameterValueField
{
    private string? _error;
    private double? _number;
    private string? _typed;
    private JsonNode? _shownFor;
    private bool _shown;

    [Parameter, EditorRequired]
    public GraphParameter Parameter { get; set; } = default!;

    /// <summary>The value shown; null = none.</summary>
    [Parameter]
    public JsonNode? Value { get; set; }

    [Parameter]
    public string? Label { get; set; }

    /// <summary>A problem found elsewhere (a submission refused the value); shown when the field itself finds none.</summary>
    [Parameter]
    public string? Problem { get; set; }

    /// <summary>Receives each value that fits the parameter's kind (null = none).</summary>
    [Parameter]
    public EventCallback<JsonNode?> OnChange { get; set; }

    private string? Error => _error ?? Problem;

    private string? Text => _typed ?? (Value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : Value?.ToJsonString());

    protected override void OnParametersSet()
    {
        if (!_shown || !JsonNode.DeepEquals(_shownFor, Value))
        {
            _shown = true;
            _shownFor = Value?.DeepClone();
            _typed = null;
            _error = null;
            _number = Value is JsonValue n && n.GetValueKind() == JsonValueKind.Number
                ? double.Parse(n.ToJsonString(), CultureInfo.InvariantCulture)
                : null;
        }
    }

    private Task SetTextAsync(string? text) => SendAsync(string.IsNullOrEmpty(text) ? null : JsonValue.Create(text), text);

    private Task SetFlagAsync(bool flag) => SendAsync(JsonValue.Create(flag), null);

    private Task SetNumberAsync(double? number)
    {
        _number = number;
        JsonNode? value = number is null ? null
            : Parameter.Kind == GraphParameterKind.Integer && number == Math.Floor(number.Value) ? JsonValue.Create((long)number.Value)
            : JsonValue.Create(number.Value);
        return SendAsync(value, null);
    }

    private Task SendAsync(JsonNode? value, string? typed)
    {
        _error = ParameterValues.Problem(Parameter, value) is { } problem ? $"{Label ?? Parameter.Name} {problem}." : null;
        if (_error is not null)
        {
            _typed = typed;
            return Task.CompletedTask;
        }

        _typed = null;
        _shownFor = value?.DeepClone();
        return OnChange.InvokeAsync(value);
    }
}
