namespace MediaEngine.Workers.Cli;

/// <summary>What <c>mediaengine run</c> was asked to do.</summary>
public sealed record RunInvocation(
    string Preset,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Settings,
    string OutputFolder,
    bool Json,
    bool UseCache,
    int Parallelism)
{
    /// <summary><c>name=value</c> values for the graph's parameters.</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];
}
