using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaEngine.Workers.Jobs;

/// <summary>How a job's inputs (input name → asset ids) and setting overrides (<c>node.setting</c> → value) are stored.</summary>
public static class JobPayload
{
    public static string InputsToJson(IReadOnlyDictionary<string, IReadOnlyList<Guid>> inputs) =>
        JsonSerializer.Serialize(inputs.ToDictionary(i => i.Key, i => i.Value));

    public static Dictionary<string, IReadOnlyList<Guid>> InputsFromJson(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, List<Guid>>>(json) ?? [])
            .ToDictionary(i => i.Key, i => (IReadOnlyList<Guid>)i.Value, StringComparer.Ordinal);

    public static string SettingsToJson(IReadOnlyDictionary<string, JsonNode?> settings)
    {
        var root = new JsonObject();
        foreach (var (key, value) in settings)
        {
            root[key] = value?.DeepClone();
        }

        return root.ToJsonString();
    }

    public static Dictionary<string, JsonNode?> SettingsFromJson(string json) =>
        (JsonNode.Parse(json) as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal);
}
