namespace MediaEngine.Domain.Graph;

/// <summary>One thing a node type finds wrong with a node's settings.</summary>
/// <param name="Setting">The setting it is about (camelCase, as in the graph file), when it is about one.</param>
/// <param name="Message">A sentence naming the setting.</param>
public sealed record SettingProblem(string? Setting, string Message);
