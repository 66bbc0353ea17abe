using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

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
    /// The graph as indented, camelCase JSON including <c>"schemaVersion": 1</c>. Absent optional values
    /// (description, position) are left out.
    /// </summary>
    public static string Serialize(PipelineGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var root = new JsonObject
        {
            ["schemaVersion"] = PipelineGraph.CurrentSchemaVersion,
            ["name"] = graph.Name,
        };
        if (graph.Description is not null)
        {
            root["description"] = graph.Description;
        }

        root["inputs"] = ArrayOf(graph.Inputs.Select(WriteInput));
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
