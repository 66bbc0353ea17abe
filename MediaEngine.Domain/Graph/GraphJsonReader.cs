using System.Text.Json;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Graph;

/// <summary>
/// Reads the graph file format by hand (rather than through a serializer) so that every problem gets a message
/// naming the exact field, for example <c>nodes[1] is missing the required field "type"</c>.
/// </summary>
internal static class GraphJsonReader
{
    private const string Root = "The graph file";

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    public static PipelineGraph Read(string json)
    {
        var root = Parse(json) as JsonObject
            ?? throw new GraphFormatException($"{Root} must contain a JSON object ({{ ... }}) at the top level.");

        var version = CheckSchemaVersion(root);
        var name = RequiredString(root, "name", Root);
        var description = OptionalString(root, "description", Root);
        var inputs = Items(root, "inputs", required: false).Select(e => ReadInput(e.Item, e.Path)).ToList();
        var nodes = Items(root, "nodes", required: true).Select(e => ReadNode(e.Item, e.Path)).ToList();
        var edges = Items(root, "edges", required: false).Select(e => ReadEdge(e.Item, e.Path)).ToList();
        var outputs = Items(root, "outputs", required: false).Select(e => ReadOutput(e.Item, e.Path)).ToList();
        if (version < 2 && root["parameters"] is not null)
        {
            throw new GraphFormatException(
                $"{Root} declares \"parameters\" but has schemaVersion {version}; parameters need \"schemaVersion\": 2 (older versions of MediaEngine would ignore them).");
        }

        var parameters = Items(root, "parameters", required: false).Select(e => ReadParameter(e.Item, e.Path)).ToList();
        return new PipelineGraph(name, description, inputs, nodes, edges, outputs, parameters);
    }

    private static JsonNode? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: ParseOptions);
        }
        catch (JsonException ex)
        {
            var reason = ex.Message;
            var cut = reason.IndexOf(" Path:", StringComparison.Ordinal) is var p and >= 0
                ? p
                : reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut >= 0)
            {
                reason = reason[..cut];
            }

            var where = ex.LineNumber is { } line
                ? $" at line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}"
                : string.Empty;
            throw new GraphFormatException($"{Root} is not valid JSON{where}: {reason}", ex);
        }
    }

    private static int CheckSchemaVersion(JsonObject root)
    {
        var current = PipelineGraph.CurrentSchemaVersion;
        if (root["schemaVersion"] is null)
        {
            throw new GraphFormatException(
                $"{Root} has no \"schemaVersion\"; a graph file must declare the format version it uses, for example \"schemaVersion\": {current}.");
        }

        if (root["schemaVersion"] is not JsonValue value || !value.TryGetValue<int>(out var version))
        {
            throw new GraphFormatException(
                $"{Root} has \"schemaVersion\": {root["schemaVersion"]!.ToJsonString()}, but it must be a whole number such as {current}.");
        }

        if (version > current)
        {
            throw new GraphFormatException(
                $"{Root} has schemaVersion {version}, which is newer than this version of MediaEngine supports (up to {current}); upgrade MediaEngine to open it.");
        }

        if (version < 1)
        {
            throw new GraphFormatException($"{Root} has schemaVersion {version}, which is not valid; schema versions start at 1.");
        }

        return version;
    }

    private static GraphInput ReadInput(JsonObject item, string path) =>
        new(RequiredString(item, "name", path), RequiredKind(item, "kind", path), OptionalString(item, "description", path));

    private static GraphParameter ReadParameter(JsonObject item, string path)
    {
        var name = RequiredString(item, "name", path);
        var kindText = RequiredString(item, "kind", path);
        var names = Enum.GetNames<GraphParameterKind>();
        var kind = names.FirstOrDefault(n => string.Equals(n, kindText, StringComparison.OrdinalIgnoreCase)) is { } match
            ? Enum.Parse<GraphParameterKind>(match)
            : throw Invalid(path, "kind", $"is \"{kindText}\", which is not a parameter kind; expected one of {string.Join(", ", names)}");
        var choices = item["choices"] switch
        {
            null => [],
            JsonArray array => array.Select((c, i) => c is JsonValue v && v.TryGetValue<string>(out var text)
                ? text
                : throw Invalid(path, $"choices[{i}]", $"must be a string, but is {Describe(c)}")).ToList(),
            var other => throw Invalid(path, "choices", $"must be an array of strings, but is {Describe(other)}"),
        };
        return new GraphParameter(name, kind, item["default"]?.DeepClone(), OptionalString(item, "description", path), choices);
    }

    private static GraphNode ReadNode(JsonObject item, string path)
    {
        var id = RequiredString(item, "id", path);
        var type = RequiredString(item, "type", path);
        var settings = item["settings"] switch
        {
            null => [],
            JsonObject obj => obj,
            var other => throw Invalid(path, "settings", $"must be a JSON object, but is {Describe(other)}"),
        };
        GraphPosition? position = item["position"] switch
        {
            null => null,
            JsonObject obj => new GraphPosition(RequiredNumber(obj, "x", $"{path}.position"), RequiredNumber(obj, "y", $"{path}.position")),
            var other => throw Invalid(path, "position", $"must be an object with \"x\" and \"y\", but is {Describe(other)}"),
        };
        return new GraphNode(id, type, settings, position);
    }

    private static GraphEdge ReadEdge(JsonObject item, string path) =>
        new(RequiredPortRef(item, "from", path), RequiredPortRef(item, "to", path));

    private static GraphOutput ReadOutput(JsonObject item, string path) =>
        new(RequiredString(item, "name", path), RequiredPortRef(item, "from", path));

    /// <summary>The objects of an array field, each with its path (for example <c>nodes[2]</c>).</summary>
    private static IEnumerable<(JsonObject Item, string Path)> Items(JsonObject root, string field, bool required)
    {
        switch (root[field])
        {
            case null when required:
                throw new GraphFormatException($"{Root} is missing the required field \"{field}\" (an array).");
            case null:
                return [];
            case JsonArray array:
                return array.Select((node, i) => node is JsonObject obj
                    ? (obj, $"{field}[{i}]")
                    : throw new GraphFormatException(
                        $"In the graph file, {field}[{i}] must be a JSON object, but is {Describe(node)}."));
            case var other:
                throw new GraphFormatException($"In the graph file, \"{field}\" must be an array, but is {Describe(other)}.");
        }
    }

    private static string RequiredString(JsonObject obj, string field, string path) =>
        OptionalString(obj, field, path) ?? throw Missing(path, field, "a string");

    private static string? OptionalString(JsonObject obj, string field, string path) => obj[field] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => throw Invalid(path, field, $"must be a string, but is {Describe(other)}"),
    };

    private static double RequiredNumber(JsonObject obj, string field, string path) => obj[field] switch
    {
        null => throw Missing(path, field, "a number"),
        JsonValue value when value.TryGetValue<double>(out var number) => number,
        var other => throw Invalid(path, field, $"must be a number, but is {Describe(other)}"),
    };

    private static PortKind RequiredKind(JsonObject obj, string field, string path)
    {
        var text = RequiredString(obj, field, path);
        var names = Enum.GetNames<PortKind>();
        var match = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase))
            ?? throw Invalid(path, field, $"is \"{text}\", which is not a port kind; expected one of {string.Join(", ", names)}");
        return Enum.Parse<PortKind>(match);
    }

    private static PortRef RequiredPortRef(JsonObject obj, string field, string path)
    {
        var text = RequiredString(obj, field, path);
        try
        {
            return PortRef.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new GraphFormatException($"In the graph file, {path}.{field} is invalid: {ex.Message}", ex);
        }
    }

    private static GraphFormatException Missing(string path, string field, string what) =>
        new(path == Root
            ? $"{Root} is missing the required field \"{field}\" ({what})."
            : $"In the graph file, {path} is missing the required field \"{field}\" ({what}).");

    private static GraphFormatException Invalid(string path, string field, string problem) =>
        new(path == Root
            ? $"In the graph file, \"{field}\" {problem}."
            : $"In the graph file, {path}.{field} {problem}.");

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => $"the string {node.ToJsonString()}",
            JsonValueKind.Number => $"the number {node.ToJsonString()}",
            JsonValueKind.True or JsonValueKind.False => $"the value {node.ToJsonString()}",
            _ => node.ToJsonString(),
        },
    };
}
