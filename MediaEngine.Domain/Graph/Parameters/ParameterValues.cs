using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MediaEngine.Domain.Graph.Parameters;

/// <summary>What values each parameter kind takes, and which setting kinds a parameter kind can be bound to.</summary>
public static partial class ParameterValues
{
    /// <summary>
    /// Why <paramref name="value"/> is not a value of <paramref name="parameter"/>, as the end of a sentence
    /// ("must be a colour written #rrggbb, for example #ff8800"); <see langword="null"/> when it is one.
    /// <see langword="null"/> (no value) is always accepted.
    /// </summary>
    public static string? Problem(GraphParameter parameter, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (value is null)
        {
            return null;
        }

        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : null;
        return parameter.Kind switch
        {
            GraphParameterKind.Text => text is null ? "must be text" : null,
            GraphParameterKind.Font => string.IsNullOrWhiteSpace(text) ? "must be a font family such as DejaVu Sans" : null,
            GraphParameterKind.Colour => text is null || !Colour().IsMatch(text) ? "must be a colour written #rrggbb, for example #ff8800" : null,
            GraphParameterKind.Number => kind == JsonValueKind.Number ? null : "must be a number",
            GraphParameterKind.Integer => kind == JsonValueKind.Number && IsWhole(value) ? null : "must be a whole number",
            GraphParameterKind.Boolean => kind is JsonValueKind.True or JsonValueKind.False ? null : "must be true or false",
            GraphParameterKind.Choice => text is not null && parameter.Choices.Contains(text)
                ? null : $"must be one of {string.Join(", ", parameter.Choices)}",
            GraphParameterKind.Image => text is not null && Guid.TryParse(text, out _)
                ? null : "must be the id of an image in the asset library (a GUID)",
            _ => "has a kind this version does not know",
        };
    }

    /// <summary>
    /// Whether a parameter of <paramref name="parameter"/> kind can be bound to a setting of <paramref name="setting"/> kind:
    /// the same kind, an integer into a number, and text and font either way.
    /// </summary>
    public static bool CanBind(GraphParameterKind parameter, GraphParameterKind setting) =>
        parameter == setting
        || (parameter, setting) is (GraphParameterKind.Integer, GraphParameterKind.Number)
            or (GraphParameterKind.Text, GraphParameterKind.Font)
            or (GraphParameterKind.Font, GraphParameterKind.Text);

    /// <summary>Reads a value typed on a command line: JSON when it parses as JSON (numbers, booleans, quoted text), text otherwise.</summary>
    public static JsonNode? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    /// <summary>A value as a person reads it: text without quotes, everything else as compact JSON, "(none)" for no value.</summary>
    public static string Display(JsonNode? value) =>
        value is null ? "(none)"
        : value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>()
        : value.ToJsonString();

    private static bool IsWhole(JsonNode value) =>
        double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == Math.Floor(number);

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();
}
