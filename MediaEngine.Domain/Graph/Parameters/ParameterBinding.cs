using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace MediaEngine.Domain.Graph.Parameters;

/// <summary>
/// A node setting bound to a graph parameter. In a node's settings a binding is written as the setting's value
/// <c>{ "$param": "accent" }</c> (an object with that single field); only top-level settings bind.
/// </summary>
/// <param name="NodeId">The node whose setting is bound.</param>
/// <param name="Setting">The setting name.</param>
/// <param name="Parameter">The parameter it takes its value from.</param>
public sealed record ParameterBinding(string NodeId, string Setting, string Parameter)
{
    /// <summary>The field that marks a setting value as a binding.</summary>
    public const string Field = "$param";

    /// <summary>The setting value that binds to <paramref name="parameter"/>.</summary>
    public static JsonObject Create(string parameter) => new() { [Field] = parameter };

    /// <summary>Whether <paramref name="value"/> is meant as a binding (an object with a <c>$param</c> field), well-formed or not.</summary>
    public static bool LooksLikeBinding(JsonNode? value) => value is JsonObject obj && obj.ContainsKey(Field);

    /// <summary>The parameter a well-formed binding names: exactly <c>{ "$param": "&lt;name&gt;" }</c>.</summary>
    public static bool TryRead(JsonNode? value, [NotNullWhen(true)] out string? parameter)
    {
        parameter = value is JsonObject { Count: 1 } obj && obj[Field] is JsonValue name && name.TryGetValue<string>(out var text)
            && !string.IsNullOrWhiteSpace(text) ? text : null;
        return parameter is not null;
    }

    /// <summary>Every binding in the graph's node settings, well-formed ones only, in node and setting order.</summary>
    public static IReadOnlyList<ParameterBinding> In(PipelineGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var found = new List<ParameterBinding>();
        foreach (var node in graph.Nodes)
        {
            foreach (var (setting, value) in node.Settings)
            {
                if (TryRead(value, out var parameter))
                {
                    found.Add(new ParameterBinding(node.Id, setting, parameter));
                }
            }
        }

        return found;
    }
}
