using System.Text.Json.Nodes;

namespace MediaEngine.Domain.Graph;

/// <summary>
/// Looks up node types for validation. Implemented by the node catalog.
/// </summary>
public interface INodeTypeResolver
{
    /// <summary>The node type with the given id, or <see langword="null"/> when there is none.</summary>
    NodeTypeSpec? Find(string typeId);

    /// <summary>
    /// Problems with a node's settings (out of range, missing required, unknown enum value...), each a human sentence
    /// naming the setting. Empty when valid.
    /// </summary>
    IReadOnlyList<string> ValidateSettings(string typeId, JsonObject settings);

    /// <summary>
    /// The same problems as <see cref="ValidateSettings"/>, each with the setting it is about when the resolver knows it
    /// (so an editor can show it under the field and a bound parameter can be named).
    /// </summary>
    IReadOnlyList<SettingProblem> CheckSettings(string typeId, JsonObject settings) =>
        [.. ValidateSettings(typeId, settings).Select(message => new SettingProblem(null, message))];
}
