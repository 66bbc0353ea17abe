namespace MediaEngine.Workers.Cli;

/// <summary>What <c>mediaengine run</c> was asked to do.</summary>
public sealed record RunInvocation(
    string Preset,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Settings,
    string OutputFolder,
    bool Json,
    bool UseCache,
    int Parallelism);
