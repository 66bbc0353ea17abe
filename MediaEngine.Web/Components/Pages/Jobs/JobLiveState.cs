using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Web.Components.Shared.Graph;
using MediaEngine.Workers.Events;

namespace MediaEngine.Web.Components.Pages.Jobs;

/// <summary>
/// What the job page shows live, apart from rendering: the job's status and progress, each graph node's status and
/// timing, and the log tail. Loaded from the database first (<see cref="Load"/>), then kept current with bus events
/// (<see cref="Apply"/>). Not thread-safe: the page applies events on its renderer.
/// </summary>
public sealed class JobLiveState
{
    /// <summary>How many log lines are kept; older ones drop off the top.</summary>
    public const int MaxLogLines = 200;

    private static readonly NodeStatus NotRun = new(NodeRunState.Pending, 0, null, false, null);

    private readonly List<string> _nodeIds;
    private readonly Dictionary<string, NodeStatus> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTime? Start, DateTime? Finish)> _times = new(StringComparer.Ordinal);
    private readonly List<JobLogLine> _log = [];
    private long _lastStoredEventId;

    public JobLiveState(JobStatus status, double progress, IEnumerable<string> nodeIds)
    {
        Status = status;
        Progress = progress;
        _nodeIds = [.. nodeIds.Distinct(StringComparer.Ordinal)];
        foreach (var id in _nodeIds)
        {
            _statuses[id] = NotRun;
            _times[id] = (null, null);
        }
    }

    public JobStatus Status { get; private set; }

    /// <summary>The whole job's progress, 0 to 100.</summary>
    public double Progress { get; private set; }

    /// <summary>Every graph node's status, keyed by node id.</summary>
    public IReadOnlyDictionary<string, NodeStatus> Statuses => _statuses;

    /// <summary>The last <see cref="MaxLogLines"/> lines, oldest first.</summary>
    public IReadOnlyList<JobLogLine> Log => _log;

    /// <summary>When the newest event that changed the view happened (UTC); shown to the browser to measure latency.</summary>
    public DateTime? LastChangeAt { get; private set; }

    /// <summary>Each node's timing, in graph order.</summary>
    public IReadOnlyList<NodeTiming> Timings => [.. _nodeIds.Select(TimingOf)];

    public NodeTiming TimingOf(string nodeId)
    {
        var (start, finish) = _times.GetValueOrDefault(nodeId);
        var status = _statuses.GetValueOrDefault(nodeId, NotRun);
        return new NodeTiming(nodeId, status.State, start, finish, status.CacheHit);
    }

    /// <summary>Takes the stored node rows and the stored (non-progress) events, oldest first, as the starting point.</summary>
    public void Load(IEnumerable<JobNodeRun> runs, IEnumerable<JobEvent> events)
    {
        foreach (var run in runs.Where(r => _statuses.ContainsKey(r.NodeId)))
        {
            var duration = run is { StartedAt: { } start, FinishedAt: { } finish } ? finish - start : (TimeSpan?)null;
            _statuses[run.NodeId] = new NodeStatus(run.State, run.Progress, duration, run.CacheHit, run.Error);
            _times[run.NodeId] = (run.StartedAt, run.FinishedAt);
        }

        _log.Clear();
        foreach (var stored in events.Where(e => e.Kind != JobEventKind.NodeProgress))
        {
            _log.Add(LineOf(stored));
            _lastStoredEventId = Math.Max(_lastStoredEventId, stored.Id);
        }

        Trim();
    }

    /// <summary>
    /// Takes the job's status and progress as stored, after the page reloaded the job, unless the events already
    /// told of a later state (the database may lag behind the bus).
    /// </summary>
    public void SetJob(JobStatus status, double progress)
    {
        if (JobStateMachine.Stage(status) > JobStateMachine.Stage(Status))
        {
            Status = status;
        }

        Progress = Status == JobStatus.Succeeded ? 100 : Math.Max(Progress, Math.Clamp(progress, 0, 100));
    }

    /// <summary>
    /// Applies one event; true when something the page shows changed. Node events for a node that is not in the graph
    /// are ignored, and so are stored events already read by <see cref="Load"/>.
    /// </summary>
    public bool Apply(JobEventMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.EventId != 0 && message.EventId <= _lastStoredEventId)
        {
            return false;
        }

        var isNodeEvent = message.Kind is JobEventKind.NodeStarted or JobEventKind.NodeProgress or JobEventKind.NodeFinished;
        if (isNodeEvent && (message.NodeId is null || !_statuses.ContainsKey(message.NodeId)))
        {
            return false;
        }

        var changed = ApplyEvent(message);
        if (changed)
        {
            LastChangeAt = message.At;
        }

        return changed;
    }

    private bool ApplyEvent(JobEventMessage message)
    {
        var changed = ApplyJobProgress(message.JobProgress);
        switch (message.Kind)
        {
            case JobEventKind.StateChanged:
                if (message.Status is { } status && JobStateMachine.Stage(status) > JobStateMachine.Stage(Status)) // a late event never moves the job back
                {
                    Status = status;
                    Progress = status == JobStatus.Succeeded ? 100 : Progress;
                    changed = true;
                }

                break;
            case JobEventKind.NodeStarted when _statuses[message.NodeId!].State == NodeRunState.Succeeded:
                break; // a start read after the node's outcome was loaded
            case JobEventKind.NodeStarted:
                _statuses[message.NodeId!] = new NodeStatus(NodeRunState.Running, 0, TimeSpan.Zero, false, null);
                _times[message.NodeId!] = (message.At, null);
                changed = true;
                break;
            case JobEventKind.NodeProgress:
                changed |= ApplyNodeProgress(message.NodeId!, message);
                break;
            case JobEventKind.NodeFinished:
                ApplyNodeFinished(message.NodeId!, message);
                changed = true;
                break;
        }

        if (message.Kind != JobEventKind.NodeProgress)
        {
            _log.Add(LineOf(message));
            Trim();
            changed = true;
        }

        return changed;
    }

    private bool ApplyJobProgress(double? progress)
    {
        if (JobStateMachine.Stage(Status) == 2)
        {
            return false; // a finished job's progress is final
        }

        if (progress is not { } value || value.Equals(Progress))
        {
            return false;
        }

        Progress = Math.Clamp(value, 0, 100);
        return true;
    }

    private bool ApplyNodeProgress(string nodeId, JobEventMessage message)
    {
        var old = _statuses[nodeId];
        if (old.State is not (NodeRunState.Pending or NodeRunState.Running))
        {
            return false; // progress read after the node's outcome
        }

        var start = _times[nodeId].Start;
        var updated = old with
        {
            State = NodeRunState.Running,
            Progress = Math.Clamp(message.Progress ?? old.Progress, 0, 100),
            Duration = start is { } s ? message.At - s : old.Duration,
        };
        if (start is null)
        {
            _times[nodeId] = (message.At, null); // started before the page loaded and the start was not stored yet
        }

        _statuses[nodeId] = updated;
        return updated != old;
    }

    private void ApplyNodeFinished(string nodeId, JobEventMessage message)
    {
        var old = _statuses[nodeId];
        var state = message.NodeState ?? NodeRunState.Succeeded;
        var start = _times[nodeId].Start ?? message.At - (message.Duration ?? TimeSpan.Zero);
        _statuses[nodeId] = new NodeStatus(
            state,
            state == NodeRunState.Succeeded ? 100 : old.Progress,
            message.Duration ?? message.At - start,
            message.CacheHit,
            state == NodeRunState.Succeeded ? null : message.Message);
        _times[nodeId] = (start, message.At);
    }

    private void Trim()
    {
        if (_log.Count > MaxLogLines)
        {
            _log.RemoveRange(0, _log.Count - MaxLogLines);
        }
    }

    private static JobLogLine LineOf(JobEventMessage message) => message.Kind switch
    {
        JobEventKind.StateChanged => new(message.At, message.Kind, null, message.Message ?? $"Job {message.Status}", message.Status == JobStatus.Failed),
        JobEventKind.NodeStarted => new(message.At, message.Kind, message.NodeId, $"Started{(message.Message is { Length: > 0 } type ? $" ({type})" : string.Empty)}"),
        JobEventKind.NodeFinished => Finished(message.At, message.NodeId, message.NodeState, message.Duration, message.CacheHit, message.Message),
        _ => new(message.At, message.Kind, message.NodeId, message.Message ?? string.Empty),
    };

    private static JobLogLine LineOf(JobEvent stored) => LineOf(JobEventData.ToMessage(stored));

    private static JobLogLine Finished(DateTime at, string? nodeId, NodeRunState? state, TimeSpan? duration, bool cacheHit, string? error)
    {
        var outcome = state ?? NodeRunState.Succeeded;
        var text = outcome.ToString()
            + (duration is { } d ? $" in {JobDisplay.Duration(d)}" : string.Empty)
            + (cacheHit ? " (from the cache)" : string.Empty)
            + (outcome != NodeRunState.Succeeded && error is { Length: > 0 } ? $": {error}" : string.Empty);
        return new JobLogLine(at, JobEventKind.NodeFinished, nodeId, text, outcome == NodeRunState.Failed);
    }
}
