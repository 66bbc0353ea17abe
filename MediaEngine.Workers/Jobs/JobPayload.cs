using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaEngine.Workers.Jobs;

/// <summary>
/// How a job's inputs (input name → asset ids), setting overrides (<c>node.setting</c> → value) and parameter values are
/// stored. Parameters share the settings column under the key <c>$parameters</c> (no node id can start with <c>$</c>).
/// </summary>
public static class JobPayload
{
    /// <summary>The key of the parameter values in the stored settings object.</summary>
    public const string ParametersKey = "$parameters";

    public static string InputsToJson(IReadOnlyDictionary<string, IReadOnlyList<Guid>> inputs) =>
        JsonSerializer.Serialize(inputs.ToDictionary(i => i.Key, i => i.Value));

    public static Dictionary<string, IReadOnlyList<Guid>> InputsFromJson(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, List<Guid>>>(json) ?? [])
            .ToDictionary(i => i.Key, i => (IReadOnlyList<Guid>)i.Value, StringComparer.Ordinal);

    public static string SettingsToJson(IReadOnlyDictionary<string, JsonNode?> settings, IReadOnlyDictionary<string, JsonNode?>? parameters = null)
    {
        var root = ObjectOf(settings);
        if (parameters is { Count: > 0 })
        {
            root[ParametersKey] = ObjectOf(parameters);
        }

        return root.ToJsonString();
    }

    public static Dictionary<string, JsonNode?> SettingsFromJson(string json) =>
        (JsonNode.Parse(json) as JsonObject ?? [])
            .Where(p => p.Key != ParametersKey)
            .ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal);

    public static Dictionary<string, JsonNode?> ParametersFromJson(string json) =>
        ((JsonNode.Parse(json) as JsonObject)?[ParametersKey] as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal);

    private static JsonObject ObjectOf(IReadOnlyDictionary<string, JsonNode?> values)
    {
        var root = new JsonObject();
        foreach (var (key, value) in values)
        {
            root[key] = value?.DeepClone();
        }

        return root;
    }
}
