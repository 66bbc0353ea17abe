namespace MediaEngine.Workers.Cli;

/// <summary>One run of a batch: the files for each graph input, and a label naming it.</summary>
public sealed record RunPlan(string Label, IReadOnlyDictionary<string, IReadOnlyList<string>> Files);
