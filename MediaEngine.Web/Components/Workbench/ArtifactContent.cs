using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// The readable content of a text or data file a node wrote, for the test-run panel: the text itself, or a table of the
/// rows of a JSON array of objects (the columns in order of first appearance); anything else as indented JSON. Only the
/// first <see cref="MaxBytes"/> and <see cref="MaxRows"/> are shown, and <see cref="Truncated"/> says so.
/// </summary>
public sealed record ArtifactContent(string? Text, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, bool Truncated)
{
    public const int MaxBytes = 64 * 1024;
    public const int MaxRows = 50;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Whether the content is shown as a table.</summary>
    public bool IsTable => Text is null;

    /// <summary>Reads the start of the file; a data file that is a JSON array of objects becomes a table.</summary>
    public static async Task<ArtifactContent> ReadAsync(string path, bool isData, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var buffer = new byte[MaxBytes];
        var read = await stream.ReadAtLeastAsync(buffer, MaxBytes, throwOnEndOfStream: false, cancellationToken);
        var truncated = stream.Length > read;
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        if (!isData || truncated)
        {
            return new ArtifactContent(text, [], [], truncated);
        }

        try
        {
            return JsonNode.Parse(text) switch
            {
                JsonArray rows when rows.All(r => r is JsonObject) => Table(rows.Cast<JsonObject>().ToList()),
                var other => new ArtifactContent(other?.ToJsonString(Indented) ?? "null", [], [], false),
            };
        }
        catch (JsonException)
        {
            return new ArtifactContent(text, [], [], false);
        }
    }

    private static ArtifactContent Table(List<JsonObject> rows)
    {
        var columns = rows.SelectMany(r => r.Select(p => p.Key)).Distinct().ToList();
        var shown = rows.Take(MaxRows)
            .Select(r => (IReadOnlyList<string>)[.. columns.Select(c => r[c] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : r[c]?.ToJsonString() ?? string.Empty)])
            .ToList();
        return new ArtifactContent(null, columns, shown, rows.Count > MaxRows);
    }
}
