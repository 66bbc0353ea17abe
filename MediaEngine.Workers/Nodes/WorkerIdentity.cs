namespace MediaEngine.Workers.Nodes;

/// <summary>
/// This process's name among worker nodes: host, process id and a random suffix, so two processes on one host
/// (or a restart) never share it. Quartz's own instance id is the same for every non-clustered scheduler.
/// </summary>
public sealed class WorkerIdentity
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";
}
