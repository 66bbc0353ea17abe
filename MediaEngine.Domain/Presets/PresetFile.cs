using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;

namespace MediaEngine.Domain.Presets;

/// <summary>
/// The preset export/import file: exactly the graph file format of <see cref="PipelineGraphJson"/> (so an exported
/// preset runs unchanged with <c>mediaengine run --preset file.json</c>), with <c>name</c> and <c>description</c>
/// holding the preset's, plus one optional top-level field <c>"slug"</c> right after <c>name</c>. Graph readers
/// ignore unknown fields, so the extra field needs no schema version bump (see graph-format.md, Versioning).
/// </summary>
public static class PresetFile
{
    /// <summary>Files larger than this are refused before they are parsed.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonDocumentOptions ReadOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The file text for <paramref name="graph"/> under the given preset name, slug and description.</summary>
    public static string Write(PipelineGraph graph, string name, string slug, string? description)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var named = graph.Renamed(name, description);
        var written = (JsonObject)JsonNode.Parse(PipelineGraphJson.Serialize(named))!;
        var result = new JsonObject();
        foreach (var (key, value) in written.ToList())
        {
            written.Remove(key);
            result[key] = value;
            if (key == "name")
            {
                result["slug"] = slug;
            }
        }

        return result.ToJsonString(WriteOptions) + "\n";
    }

    /// <summary>Reads a preset file (or a plain graph file, which has no slug).</summary>
    /// <exception cref="GraphFormatException">The text is not a readable graph file; the message says what and where.</exception>
    public static PresetFileContent Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new GraphFormatException("The file is empty; a preset file is a JSON document starting with \"schemaVersion\".");
        }

        if (Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            throw new GraphFormatException($"The file is larger than {MaxBytes / 1024} KiB; a preset file is a small JSON document.");
        }

        var graph = PipelineGraphJson.Deserialize(text);
        var slug = JsonNode.Parse(text, documentOptions: ReadOptions)?["slug"] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var s) => s.Trim(),
            _ => throw new GraphFormatException("The field \"slug\" must be a string such as \"web-images\"."),
        };
        return new PresetFileContent(graph, string.IsNullOrEmpty(slug) ? null : slug);
    }
}
