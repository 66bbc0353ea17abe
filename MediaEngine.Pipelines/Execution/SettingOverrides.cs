using System.Text.Json;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;

namespace MediaEngine.Pipelines.Execution;

/// <summary>Applies <c>node.setting = value</c> overrides to a graph, as the command line and the jobs API accept them.</summary>
public static class SettingOverrides
{
    /// <summary>Parses <c>node.setting=value</c>; the value is JSON when it parses as JSON (numbers, booleans, quoted text), text otherwise.</summary>
    public static KeyValuePair<string, JsonNode?> Parse(string assignment)
    {
        var equals = assignment.IndexOf('=');
        if (equals <= 0)
        {
            throw new ArgumentException($"'{assignment}' is not of the form node.setting=value.");
        }

        var raw = assignment[(equals + 1)..];
        JsonNode? value;
        try
        {
            value = JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            value = JsonValue.Create(raw);
        }

        return new(assignment[..equals].Trim(), value);
    }

    public static PipelineGraph Apply(PipelineGraph graph, IEnumerable<KeyValuePair<string, JsonNode?>> overrides)
    {
        foreach (var (key, value) in overrides)
        {
            var dot = key.IndexOf('.');
            if (dot <= 0 || dot == key.Length - 1)
            {
                throw new ArgumentException($"'{key}' does not name a node and a setting (node.setting).");
            }

            var nodeId = key[..dot];
            var node = graph.FindNode(nodeId)
                ?? throw new ArgumentException($"'{key}': the graph has no node '{nodeId}'. Nodes: {string.Join(", ", graph.Nodes.Select(n => n.Id))}.");
            var settings = (JsonObject)node.Settings.DeepClone();
            settings[key[(dot + 1)..]] = value?.DeepClone();
            graph = graph.WithNodeSettings(nodeId, settings);
        }

        return graph;
    }
}
