namespace MediaEngine.Workers.Options;

/// <summary>Bound from <c>MediaEngine:Workers</c>.</summary>
public sealed class WorkerOptions
{
    public const string Section = "MediaEngine:Workers";

    /// <summary>Run jobs inside the web host. False when dedicated <c>mediaengine worker</c> nodes do the work.</summary>
    public bool InProcess { get; set; } = true;

    /// <summary>
    /// Lane → how many jobs of that lane one worker node runs at once. A long video job then never delays image
    /// jobs. A lane not listed here runs one job at a time.
    /// </summary>
    public Dictionary<string, int> Lanes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [LaneNames.Image] = 2,
        [LaneNames.Video] = 1,
        [LaneNames.Test] = 1,
    };

    /// <summary>How this node shows in the worker list: "web" for the web host's in-process worker, "worker" for a standalone node.</summary>
    public string NodeRole { get; set; } = "web";

    /// <summary>How many independent nodes of one job may run at once.</summary>
    public int MaxParallelNodes { get; set; } = 2;

    /// <summary>
    /// How often an idle worker looks for work submitted by another process. Work submitted in the same process
    /// starts at once regardless.
    /// </summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a running job checks whether someone on another node asked to cancel it.</summary>
    public TimeSpan CancelCheckInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often each worker node records that it is alive.</summary>
    public TimeSpan CheckInInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Stored node progress is written at most this often per node (the live view gets every update).</summary>
    public TimeSpan ProgressPersistInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many times Quartz fires a job again after a transient infrastructure failure of the job itself (the
    /// database busy or locked, a dropped connection), waiting <see cref="TransientRetryDelay"/> and doubling.
    /// Media failures are never retried this way: they fail the node with its error. 0 turns retries off.
    /// </summary>
    public int TransientRetries { get; set; } = 5;

    /// <summary>The wait before the first retry after a transient failure.</summary>
    public TimeSpan TransientRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
