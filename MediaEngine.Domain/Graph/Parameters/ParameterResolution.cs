using System.Text.Json.Nodes;

namespace MediaEngine.Domain.Graph.Parameters;

/// <summary>
/// A graph with its parameters applied (<see cref="GraphParameters.Resolve"/>): every binding replaced by its
/// parameter's value, the bindings that were replaced, each parameter's value, and what was wrong with the
/// declarations, bindings or overrides.
/// </summary>
/// <param name="Graph">The graph as it runs: no bindings left (a binding with no value, or to an unknown parameter, is removed so the node type's default applies).</param>
/// <param name="Values">Each declared parameter's value (the override, else the default); null = none.</param>
/// <param name="Bindings">The well-formed bindings found, in node and setting order.</param>
/// <param name="Problems">Problems with the parameters, their bindings or the overrides.</param>
public sealed record ParameterResolution(
    PipelineGraph Graph,
    IReadOnlyDictionary<string, JsonNode?> Values,
    IReadOnlyList<ParameterBinding> Bindings,
    IReadOnlyList<GraphProblem> Problems)
{
    /// <summary>The parameter a node's setting is bound to, or <see langword="null"/>.</summary>
    public string? ParameterOf(string nodeId, string setting) =>
        Bindings.FirstOrDefault(b => b.NodeId == nodeId && b.Setting == setting)?.Parameter;
}
