using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediaEngine.Pipelines.Catalog;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// The state behind <see cref="NodeSettingsForm"/>, apart from rendering: the node's settings as last accepted, the
/// values typed but refused (kept so the field still shows them) and a message per refused field. A setting left
/// empty is removed from the settings, so the node type's default applies.
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

                return number < setting.Minimum || number > setting.Maximum
                    ? $"{setting.DisplayName} must be between {Format(setting.Minimum)} and {Format(setting.Maximum)}."
                    : null;
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

    private static bool TryNumber(JsonValue value, out double number)
    {
        number = 0;
        return value.GetValueKind() == JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    private static string TextOf(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    private static string Format(double? limit) => limit?.ToString(CultureInfo.InvariantCulture) ?? "?";

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColourPattern();
}
