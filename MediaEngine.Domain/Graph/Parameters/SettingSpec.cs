namespace MediaEngine.Domain.Graph.Parameters;

/// <summary>What validation needs to know about one setting of a node type to check a parameter bound to it.</summary>
/// <param name="Name">The setting name as written in the graph file (camelCase).</param>
/// <param name="Kind">The kind of value the setting takes, in parameter terms.</param>
public sealed record SettingSpec(string Name, GraphParameterKind Kind);
