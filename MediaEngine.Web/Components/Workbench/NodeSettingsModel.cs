using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// The state behind <see cref="NodeSettingsForm"/>, apart from rendering: the node's settings as last accepted, the
/// values typed but refused (kept so the field still shows them) and a message per refused field. A setting left
/// empty is removed from the settings, so the node type's default applies. A setting bound to a graph parameter holds
/// <c>{ "$param": "name" }</c> and is not edited until it is unbound.
/// </summary>
public sealed partial class NodeSettingsModel
{
    private readonly Dictionary<string, object?> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private readonly JsonObject _settings;

    /// <summary>Reads the settings of a node of the type and flags the values already there that break its rules.</summary>
    public NodeSettingsModel(NodeTypeDescriptor type, JsonObject settings)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(settings);
        Type = type;
        _settings = (JsonObject)settings.DeepClone();
        foreach (var setting in type.Settings)
        {
            if (_settings[setting.Name] is JsonValue value && Check(setting, value) is { } problem)
            {
                _errors[setting.Name] = problem;
            }
        }
    }

    /// <summary>The node type whose settings are edited.</summary>
    public NodeTypeDescriptor Type { get; }

    /// <summary>A copy of the settings with every accepted change.</summary>
    public JsonObject Settings => (JsonObject)_settings.DeepClone();

    /// <summary>The message for a setting whose value breaks its rules, or <see langword="null"/>.</summary>
    public string? ErrorFor(string name) => _errors.GetValueOrDefault(name);

    /// <summary>The parameter the setting is bound to, or <see langword="null"/>.</summary>
    public string? BindingOf(string name) => ParameterBinding.TryRead(_settings[name], out var parameter) ? parameter : null;

    /// <summary>Binds the setting to <paramref name="parameter"/> (any typed value or message for it is dropped).</summary>
    public void Bind(SettingDescriptor setting, string parameter)
    {
        ArgumentNullException.ThrowIfNull(setting);
        _pending.Remove(setting.Name);
        _errors.Remove(setting.Name);
        _settings[setting.Name] = ParameterBinding.Create(parameter);
    }

    /// <summary>
    /// Unbinds the setting, giving it <paramref name="value"/> (the parameter's value, so nothing changes look) when that
    /// suits the setting, else the node type's default.
    /// </summary>
    public void Unbind(SettingDescriptor setting, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(setting);
        if (value is JsonValue literal && Check(setting, literal) is null)
        {
            _settings[setting.Name] = literal.DeepClone();
        }
        else
        {
            _settings.Remove(setting.Name);
        }
    }

    /// <summary>The number shown in a numeric field: the refused value typed, else the stored one.</summary>
    public double? Number(string name) =>
        _pending.TryGetValue(name, out var typed) ? typed as double?
        : _settings[name] is JsonValue value && TryNumber(value, out var number) ? number : null;

    /// <summary>The text shown in a text, colour or choice field: the refused value typed, else the stored one.</summary>
    public string? Text(string name) =>
        _pending.TryGetValue(name, out var typed) ? typed as string
        : _settings[name] is JsonValue value ? TextOf(value) : null;

    /// <summary>The switch state: the stored value, else the default.</summary>
    public bool Flag(SettingDescriptor setting) =>
        _settings[setting.Name] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValueKind() == JsonValueKind.True
            : setting.DefaultValue is true;

    /// <summary>The default written as the field placeholder.</summary>
    public static string? Placeholder(SettingDescriptor setting) =>
        setting.DefaultValue is null or "" ? null : Convert.ToString(setting.DefaultValue, CultureInfo.InvariantCulture);

    /// <summary>Accepts a number (null = use the default) unless it breaks the setting's rules.</summary>
    public bool SetNumber(SettingDescriptor setting, double? number) =>
        Accept(setting, number, number is null ? null
            : setting.Editor == SettingEditor.Integer && number == Math.Floor(number.Value) ? JsonValue.Create((long)number.Value)
            : JsonValue.Create(number.Value));

    /// <summary>Accepts text (empty = use the default) unless it breaks the setting's rules.</summary>
    public bool SetText(SettingDescriptor setting, string? text) =>
        Accept(setting, text, string.IsNullOrEmpty(text) ? null : JsonValue.Create(text));

    /// <summary>Accepts a switch state.</summary>
    public bool SetFlag(SettingDescriptor setting, bool flag) => Accept(setting, flag, JsonValue.Create(flag));

    private bool Accept(SettingDescriptor setting, object? typed, JsonValue? value)
    {
        var problem = value is null
            ? setting.Required && Placeholder(setting) is null ? $"{setting.DisplayName} is required." : null
            : Check(setting, value);
        if (problem is not null)
        {
            _pending[setting.Name] = typed;
            _errors[setting.Name] = problem;
            return false;
        }

        _pending.Remove(setting.Name);
        _errors.Remove(setting.Name);
        if (value is null)
        {
            _settings.Remove(setting.Name);
        }
        else
        {
            _settings[setting.Name] = value;
        }

        return true;
    }

    private static string? Check(SettingDescriptor setting, JsonValue value)
    {
        switch (setting.Editor)
        {
            case SettingEditor.Integer or SettingEditor.Number:
                if (!TryNumber(value, out var number))
                {
                    return $"{setting.DisplayName} must be a number.";
                }

                if (setting.Editor == SettingEditor.Integer && number != Math.Floor(number))
                {
                    return $"{setting.DisplayName} must be a whole number.";
                }

                return RangeProblem(setting, number);
            case SettingEditor.Boolean:
                return value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : $"{setting.DisplayName} must be on or off.";
            default:
                var text = TextOf(value);
                if (setting.Required && string.IsNullOrWhiteSpace(text))
                {
                    return $"{setting.DisplayName} is required.";
                }

                if (setting.Editor == SettingEditor.Colour && !ColourPattern().IsMatch(text))
                {
                    return $"{setting.DisplayName} must be a colour written #rrggbb, for example #ff8800.";
                }

                return setting.Editor == SettingEditor.Choice && !setting.Choices.Contains(text)
                    ? $"{setting.DisplayName} must be one of {string.Join(", ", setting.Choices)}."
                    : null;
        }
    }

    /// <summary>"between 1 and 100", or "at least 0" / "at most 10" when the range has one bound.</summary>
    private static string? RangeProblem(SettingDescriptor setting, double number) => (setting.Minimum, setting.Maximum) switch
    {
        ({ } min, { } max) when number < min || number > max => $"{setting.DisplayName} must be between {Format(min)} and {Format(max)}.",
        ({ } min, null) when number < min => $"{setting.DisplayName} must be at least {Format(min)}.",
        (null, { } max) when number > max => $"{setting.DisplayName} must be at most {Format(max)}.",
        _ => null,
    };

    /// <summary>The range as field help: "1–100", "≥ 0", "≤ 10", or null without bounds.</summary>
    public static string? RangeText(SettingDescriptor setting) => (setting.Minimum, setting.Maximum) switch
    {
        ({ } min, { } max) => $"{Format(min)}–{Format(max)}",
        ({ } min, null) => $"≥ {Format(min)}",
        (null, { } max) => $"≤ {Format(max)}",
        _ => null,
    };

    private static bool TryNumber(JsonValue value, out double number)
    {
        number = 0;
        return value.GetValueKind() == JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    private static string TextOf(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    private static string Format(double limit) => limit.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColourPattern();
}
