using System.Collections.Concurrent;
using System.Threading.Channels;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Workers.Events;

/// <summary>
/// Watches one job's run: every node event goes to the live views at once (progress at most ten times a second
/// per node) and to the database in batches by one writer (progress at most once per persist interval per node),
/// keeping the job's node rows and overall progress current.
/// </summary>
public sealed class JobEventRecorder : IPipelineRunObserver, IAsyncDisposable
{
    private static readonly TimeSpan PublishInterval = TimeSpan.FromMilliseconds(100);
    private readonly Guid _jobId;
    private readonly JobEventBus _bus;
    private readonly IDbContextFactory<MediaEngineDbContext> _contexts;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _persistInterval;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, double> _progress;
    private readonly ConcurrentDictionary<string, DateTime> _lastPublished = new();
    private readonly ConcurrentDictionary<string, DateTime> _lastPersisted = new();
    private readonly Channel<JobEventMessage> _writes = Channel.CreateUnbounded<JobEventMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public JobEventRecorder(
        Guid jobId,
        IEnumerable<string> nodeIds,
        JobEventBus bus,
        IDbContextFactory<MediaEngineDbContext> contexts,
        TimeProvider clock,
        TimeSpan persistInterval,
        ILogger logger)
    {
        _jobId = jobId;
        _bus = bus;
        _contexts = contexts;
        _clock = clock;
        _persistInterval = persistInterval;
        _logger = logger;
        _progress = new ConcurrentDictionary<string, double>(nodeIds.Select(n => KeyValuePair.Create(n, 0d)));
        _writer = Task.Run(WriteLoopAsync);
    }

    public double JobProgress => _progress.IsEmpty ? 0 : Math.Round(_progress.Values.Average(), 1);

    public void NodeStarted(string nodeId, string typeId)
    {
        _progress[nodeId] = 0;
        Emit(new JobEventMessage(_jobId, JobEventKind.NodeStarted, Now()) { NodeId = nodeId, NodeState = NodeRunState.Running, Message = typeId, Progress = 0 }, persist: true);
    }

    public void NodeProgress(string nodeId, double percent, string? message)
    {
        var now = Now();
        _progress[nodeId] = Math.Clamp(percent, 0, 100);
        var event_ = new JobEventMessage(_jobId, JobEventKind.NodeProgress, now) { NodeId = nodeId, NodeState = NodeRunState.Running, Progress = _progress[nodeId], Message = message };
        if (Due(_lastPublished, nodeId, now, PublishInterval))
        {
            _bus.Publish(event_ with { JobProgress = JobProgress });
        }

        if (Due(_lastPersisted, nodeId, now, _persistInterval))
        {
            _writes.Writer.TryWrite(event_ with { JobProgress = JobProgress });
        }
    }

    public void NodeLog(string nodeId, string line) =>
        Emit(new JobEventMessage(_jobId, JobEventKind.Log, Now()) { NodeId = nodeId, Message = line }, persist: true);

    public void NodeFinished(NodeRunResult result)
    {
        _progress[result.NodeId] = 100;
        Emit(new JobEventMessage(_jobId, JobEventKind.NodeFinished, Now())
        {
            NodeId = result.NodeId,
            NodeState = result.State,
            Progress = result.State == NodeRunState.Succeeded ? 100 : null,
            Duration = result.Duration,
            CacheHit = result.CacheHit,
            Message = result.Error,
        }, persist: true);
    }

    /// <summary>Writes what is still queued. The recorder accepts nothing afterwards.</summary>
    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        await _writer;
    }

    private void Emit(JobEventMessage message, bool persist)
    {
        message = message with { JobProgress = JobProgress };
        _bus.Publish(message);
        if (persist)
        {
            _writes.Writer.TryWrite(message);
        }
    }

    private DateTime Now() => _clock.GetUtcNow().UtcDateTime;

    private static bool Due(ConcurrentDictionary<string, DateTime> last, string nodeId, DateTime now, TimeSpan interval)
    {
        if (last.TryGetValue(nodeId, out var at) && now - at < interval)
        {
            return false;
        }

        last[nodeId] = now;
        return true;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<JobEventMessage>();
        while (await _writes.Reader.WaitToReadAsync())
        {
            while (_writes.Reader.TryRead(out var message))
            {
                batch.Add(message);
            }

            try
            {
                await SaveAsync(batch);
            }
            catch (Exception ex)
            {
                // The run goes on; the live view already has these events.
                _logger.LogWarning(ex, "Could not store {Count} event(s) of job {JobId}.", batch.Count, _jobId);
            }

            batch.Clear();
        }
    }

    private async Task SaveAsync(List<JobEventMessage> batch)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        var runs = await db.JobNodeRuns.Where(r => r.JobId == _jobId).ToDictionaryAsync(r => r.NodeId);
        foreach (var message in batch)
        {
            db.JobEvents.Add(ToRow(message));
            if (message.NodeId is { } nodeId && runs.TryGetValue(nodeId, out var run))
            {
                Apply(run, message);
            }
        }

        await db.SaveChangesAsync();
        var progress = batch[^1].JobProgress ?? JobProgress;
        await db.Jobs.Where(j => j.Id == _jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, progress));
    }

    private static void Apply(JobNodeRun run, JobEventMessage message)
    {
        switch (message.Kind)
        {
            case JobEventKind.NodeStarted:
                run.State = NodeRunState.Running;
                run.StartedAt = message.At;
                run.FinishedAt = null;
                run.Progress = 0;
                run.Error = null;
                break;
            case JobEventKind.NodeProgress:
                run.Progress = message.Progress ?? run.Progress;
                run.Message = Truncate(message.Message, 1000) ?? run.Message;
                break;
            case JobEventKind.NodeFinished:
                run.State = message.NodeState ?? run.State;
                run.FinishedAt = message.At;
                run.StartedAt ??= message.At - (message.Duration ?? TimeSpan.Zero);
                run.Progress = message.NodeState == NodeRunState.Succeeded ? 100 : run.Progress;
                run.CacheHit = message.CacheHit;
                run.Error = message.NodeState == NodeRunState.Succeeded ? null : Truncate(message.Message, 4000);
                break;
        }
    }

    private JobEvent ToRow(JobEventMessage message) => new()
    {
        JobId = _jobId,
        Kind = message.Kind,
        NodeId = message.NodeId,
        At = message.At,
        Progress = message.Progress,
        Message = Truncate(message.Message, 4000),
        DataJson = message.Kind == JobEventKind.NodeFinished
            ? JobEventData.NodeFinished(message.NodeState, message.Duration, message.CacheHit)
            : null,
    };

    private static string? Truncate(string? text, int max) => text is { Length: > 0 } && text.Length > max ? text[..max] : text;
}
