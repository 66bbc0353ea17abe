namespace MediaEngine.Workers.Cli;

/// <summary>The <c>--json</c> summary of <c>mediaengine run</c>.</summary>
public sealed record RunSummary(string Preset, bool Succeeded, IReadOnlyList<RunSummary.Run> Runs)
{
    public sealed record Run(string Label, bool Succeeded, IReadOnlyList<OutputFile> Outputs, IReadOnlyList<Node> Nodes, string? Error);

    public sealed record OutputFile(string Name, string Path, string Sha256, long SizeBytes, string MimeType, int? Width, int? Height, double? DurationSeconds);

    public sealed record Node(string Id, string Type, string State, double DurationMs, bool Cached, string? Error);
}
