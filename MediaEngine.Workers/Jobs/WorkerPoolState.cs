namespace MediaEngine.Workers.Jobs;

/// <summary>Whether the worker pool takes new work, and if not, why, who paused it and since when.</summary>
public sealed record WorkerPoolState(bool Paused, string? Reason, string? PausedBy, DateTime? Since)
{
    public static readonly WorkerPoolState Running = new(false, null, null, null);
}
