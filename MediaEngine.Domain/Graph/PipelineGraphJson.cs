using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Graph;

/// <summary>
/// The versioned JSON file format of a <see cref="PipelineGraph"/> (export/import, preset versions).
/// See <c>graph-format.md</c> next to this file for the full description and an example.
/// </summary>
public static class PipelineGraphJson
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        // Graph files are data files, never embedded in HTML: keep "→", "×" and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The graph as indented, camelCase JSON starting with <c>"schemaVersion"</c>: <see cref="PipelineGraph.SchemaVersion"/>,
    /// so a graph without parameters is written as version 1. Absent optional values (description, position,
    /// parameters) are left out.
    /// </summary>
    public static string Serialize(PipelineGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var root = new JsonObject
        {
            ["schemaVersion"] = graph.SchemaVersion,
            ["name"] = graph.Name,
        };
        if (graph.Description is not null)
        {
            root["description"] = graph.Description;
        }

        root["inputs"] = ArrayOf(graph.Inputs.Select(WriteInput));
        if (graph.Parameters.Count > 0)
        {
            root["parameters"] = ArrayOf(graph.Parameters.Select(WriteParameter));
        }

        root["nodes"] = ArrayOf(graph.Nodes.Select(WriteNode));
        root["edges"] = ArrayOf(graph.Edges.Select(e => new JsonObject
        {
            ["from"] = e.From.ToString(),
            ["to"] = e.To.ToString(),
        }));
        root["outputs"] = ArrayOf(graph.Outputs.Select(o => new JsonObject
        {
            ["name"] = o.Name,
            ["from"] = o.From.ToString(),
        }));
        return root.ToJsonString(WriteOptions);
    }

    /// <summary>
    /// Reads a graph written by <see cref="Serialize"/> (or by hand). Comments and trailing commas are tolerated;
    /// unknown fields are ignored. The result is not validated against node types: use <see cref="GraphValidator"/>.
    /// </summary>
    /// <exception cref="GraphFormatException">
    /// The text is not valid JSON (the message gives line and position), has no <c>schemaVersion</c> or a newer one
    /// than <see cref="PipelineGraph.CurrentSchemaVersion"/>, lacks a required field, or holds a malformed value such
    /// as a <c>"node.port"</c> reference without a dot.
    /// </exception>
    public static PipelineGraph Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return GraphJsonReader.Read(json);
    }

    private static JsonObject WriteInput(GraphInput input)
    {
        var result = new JsonObject
        {
            ["name"] = input.Name,
            ["kind"] = input.Kind.ToString(),
        };
        if (input.Description is not null)
        {
            result["description"] = input.Description;
        }

        return result;
    }

    private static JsonObject WriteParameter(GraphParameter parameter)
    {
        var result = new JsonObject
        {
            ["name"] = parameter.Name,
            ["kind"] = parameter.Kind.ToString(),
        };
        if (parameter.Default is { } value)
        {
            result["default"] = value;
        }

        if (parameter.Choices.Count > 0)
        {
            result["choices"] = ArrayOf(parameter.Choices.Select(c => (JsonNode)JsonValue.Create(c)));
        }

        if (parameter.Description is not null)
        {
            result["description"] = parameter.Description;
        }

        return result;
    }

    private static JsonObject WriteNode(GraphNode node)
    {
        var result = new JsonObject
        {
            ["id"] = node.Id,
            ["type"] = node.Type,
            ["settings"] = node.Settings,
        };
        if (node.Position is { } position)
        {
            result["position"] = new JsonObject { ["x"] = position.X, ["y"] = position.Y };
        }

        return result;
    }

    private static JsonArray ArrayOf(IEnumerable<JsonNode> items) => new(items.ToArray());
}
