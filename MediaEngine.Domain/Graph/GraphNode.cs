using System.Text.Json.Nodes;

namespace MediaEngine.Domain.Graph;

/// <summary>
/// One step of a pipeline: an instance of a node type with its settings.
/// The settings are deep-cloned on the way in and on the way out, so a node can never be changed through them;
/// equality compares settings by content.
/// </summary>
/// <param name="Id">The node id, unique within the graph (letters, digits, <c>-</c> and <c>_</c>).</param>
/// <param name="Type">The node type id (for example <c>image.resize</c>).</param>
/// <param name="Settings">The node's settings, an arbitrary JSON object.</param>
/// <param name="Position">Where the node sits on the editor canvas, if placed.</param>
public sealed record GraphNode(string Id, string Type, JsonObject Settings, GraphPosition? Position = null)
{
    private readonly JsonObject _settings = CopyOf(Settings);

    /// <summary>A fresh copy of the node's settings; changing it does not change the node.</summary>
    public JsonObject Settings
    {
        get => CopyOf(_settings);
        init => _settings = CopyOf(value);
    }

    /// <summary>The string value of a setting, or <see langword="null"/> when absent or not a string.</summary>
    public string? GetStringSetting(string name) =>
        _settings[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Value equality, comparing settings by JSON content.</summary>
    public bool Equals(GraphNode? other) =>
        other is not null
        && Id == other.Id
        && Type == other.Type
        && Position == other.Position
        && JsonNode.DeepEquals(_settings, other._settings);

    /// <summary>Hash of the id, type and position (settings are left out, which keeps it consistent with equality).</summary>
    public override int GetHashCode() => HashCode.Combine(Id, Type, Position);

    private static JsonObject CopyOf(JsonObject settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (JsonObject)settings.DeepClone();
    }
}
