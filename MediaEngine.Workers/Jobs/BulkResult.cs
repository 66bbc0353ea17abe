namespace MediaEngine.Workers.Jobs;

/// <summary>How a bulk action went: how many jobs it applied to, and why the others were refused.</summary>
public sealed record BulkResult(int Done, IReadOnlyList<string> Refused);
