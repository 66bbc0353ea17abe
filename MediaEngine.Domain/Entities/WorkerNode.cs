namespace MediaEngine.Domain.Entities;

/// <summary>A process that runs jobs (the web host's in-process worker or a <c>mediaengine worker</c>), as it last checked in.</summary>
public sealed class WorkerNode
{
    /// <summary>The scheduler instance id, unique per process start.</summary>
    public required string Id { get; set; }

    public required string HostName { get; set; }

    public int ProcessId { get; set; }

    /// <summary>"web" for the web host's in-process worker, "worker" for a standalone node.</summary>
    public required string Role { get; set; }

    /// <summary>Lane → concurrency limit, as JSON.</summary>
    public string LanesJson { get; set; } = "{}";

    public int RunningJobs { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime LastCheckInAt { get; set; }

    /// <summary>Set when the node shut down cleanly.</summary>
    public DateTime? StoppedAt { get; set; }
}
