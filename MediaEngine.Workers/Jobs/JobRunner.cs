using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaEngine.Workers.Jobs;

/// <summary>
/// Runs one job on this worker: Queued → Running, the pinned preset version's graph with the job's inputs and
/// overrides through the DAG executor (node outputs cached, so a resumed job skips finished nodes), then
/// Succeeded, Failed or Cancelled. A stopping worker leaves the job Running and re-queues it for the next start.
/// </summary>
public sealed class JobRunner(
    IDbContextFactory<MediaEngineDbContext> contexts,
    DagExecutor executor,
    AssetFiles assetFiles,
    JobLifecycle lifecycle,
    JobDispatcher dispatcher,
    JobEventBus bus,
    TimeProvider clock,
    IOptions<WorkerOptions> options,
    ILogger<JobRunner> logger)
{
    public async Task RunAsync(Guid jobId, string workerId, bool recovering, CancellationToken stopping)
    {
        var worker = new AuditActor(null, $"worker:{workerId}");
        var job = await LoadAsync(jobId, stopping);
        if (job is null || JobStateMachine.IsTerminal(job.Status))
        {
            return; // cancelled while queued, or already finished by an earlier firing
        }

        if (recovering)
        {
            // Quartz re-fires a dead worker's job on a recovery trigger of its own, outside every execution group: hand
            // the job back to its lane, where it waits for a free place (and for a paused pool) like any other job.
            await lifecycle.NoteAsync(jobId, "A worker stopped during this job; it waits for a place in its lane to resume.", stopping);
            await dispatcher.RequeueAsync(job, stopping);
            return;
        }

        if (job.Status == JobStatus.Queued)
        {
            var started = await lifecycle.TryTransitionAsync(jobId, JobStatus.Running, worker, $"Started on {workerId}", j => j.WorkerId = workerId, stopping);
            if (started is null)
            {
                return; // cancelled between firing and starting
            }
        }
        else
        {
            await lifecycle.NoteAsync(jobId, $"Resumed on {workerId}; finished nodes come from the cache.", stopping);
            await SetWorkerAsync(jobId, workerId, stopping);
        }

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var watcher = WatchForCancelAsync(jobId, cancel);
        try
        {
            var outcome = await ExecuteAsync(job, cancel.Token);
            await FinishAsync(job, outcome, worker, stopping);
        }
        finally
        {
            await cancel.CancelAsync();
            await watcher;
        }
    }

    /// <summary>Fails a job that could not run at all (a queued one is started first, as the lifecycle requires).</summary>
    public async Task FailAsync(Guid jobId, string workerId, string error)
    {
        var worker = new AuditActor(null, $"worker:{workerId}");
        await lifecycle.TryTransitionAsync(jobId, JobStatus.Running, worker, $"Started on {workerId}", j => j.WorkerId = workerId, CancellationToken.None, from: JobStatus.Queued);
        var text = error.Length > 4000 ? error[..4000] : error;
        await lifecycle.TryTransitionAsync(jobId, JobStatus.Failed, worker, $"Failed: {text}", j => j.Error = text, CancellationToken.None, from: JobStatus.Running);
    }

    private async Task<Outcome> ExecuteAsync(Job job, CancellationToken cancellationToken)
    {
        PipelineGraph graph;
        Dictionary<string, IReadOnlyList<ArtifactRef>> inputs;
        try
        {
            graph = SettingOverrides.Apply(PipelineGraphJson.Deserialize(job.PresetVersion!.GraphJson), JobPayload.SettingsFromJson(job.SettingsJson));
            inputs = await InputsAsync(job, cancellationToken);
        }
        catch (Exception ex) when (ex is GraphFormatException or ArgumentException or KeyNotFoundException or FileNotFoundException)
        {
            return new Outcome(JobStatus.Failed, ex.Message);
        }

        await using var recorder = new JobEventRecorder(job.Id, graph.Nodes.Select(n => n.Id), bus, contexts, clock, options.Value.ProgressPersistInterval, logger);
        try
        {
            var request = new PipelineRunRequest(graph, inputs)
            {
                JobId = job.Id,
                PresetVersionId = job.PresetVersionId,
                Publish = !job.IsTest,
                MaxParallelism = options.Value.MaxParallelNodes,
                RunId = job.Id,
                Parameters = JobPayload.ParametersFromJson(job.SettingsJson),
            };
            var result = await executor.RunAsync(request, recorder, cancellationToken);
            return result.Succeeded ? new Outcome(JobStatus.Succeeded, null)
                : result.Cancelled || cancellationToken.IsCancellationRequested ? new Outcome(JobStatus.Cancelled, null)
                : new Outcome(JobStatus.Failed, string.Join("; ", result.Failures.Select(f => $"{f.NodeId}: {f.Error}")));
        }
        catch (OperationCanceledException)
        {
            return new Outcome(JobStatus.Cancelled, null);
        }
        catch (PipelineValidationException ex)
        {
            return new Outcome(JobStatus.Failed, ex.Message);
        }
    }

    private async Task FinishAsync(Job job, Outcome outcome, AuditActor worker, CancellationToken stopping)
    {
        if (outcome.Status == JobStatus.Cancelled && await CancelRequestedByAsync(job.Id) is null && stopping.IsCancellationRequested)
        {
            // Not cancelled by anyone: this worker is stopping. Leave the job Running and fire it again on the next start.
            await dispatcher.RequeueAsync(job, CancellationToken.None);
            await lifecycle.NoteAsync(job.Id, "The worker stopped; the job resumes when a worker starts.", CancellationToken.None);
            return;
        }

        var message = outcome.Status switch
        {
            JobStatus.Succeeded => "Succeeded",
            JobStatus.Cancelled => "Cancelled: stopped at the next checkpoint",
            _ => $"Failed: {outcome.Error}",
        };
        await lifecycle.TryTransitionAsync(job.Id, outcome.Status, worker, message, j =>
        {
            j.Error = outcome.Error is { Length: > 4000 } text ? text[..4000] : outcome.Error;
            if (outcome.Status == JobStatus.Succeeded)
            {
                j.Progress = 100;
            }
        }, CancellationToken.None);
    }

    private async Task<Dictionary<string, IReadOnlyList<ArtifactRef>>> InputsAsync(Job job, CancellationToken cancellationToken)
    {
        var wanted = JobPayload.InputsFromJson(job.InputsJson);
        var ids = wanted.Values.SelectMany(v => v).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assets = await db.Assets.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        return wanted.ToDictionary(
            w => w.Key,
            w => (IReadOnlyList<ArtifactRef>)w.Value.Select(id => assets.TryGetValue(id, out var asset)
                ? assetFiles.ToInput(asset)
                : throw new KeyNotFoundException($"The input asset {id} of '{w.Key}' no longer exists.")).ToList());
    }

    private async Task WatchForCancelAsync(Guid jobId, CancellationTokenSource cancel)
    {
        using var timer = new PeriodicTimer(options.Value.CancelCheckInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancel.Token))
            {
                if (await CancelRequestedByAsync(jobId) is not null)
                {
                    await cancel.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the run ended
        }
    }

    private async Task<DateTime?> CancelRequestedByAsync(Guid jobId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Jobs.Where(j => j.Id == jobId).Select(j => j.CancelRequestedAt).FirstOrDefaultAsync();
    }

    private async Task<Job?> LoadAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Jobs.AsNoTracking().Include(j => j.PresetVersion).FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
    }

    private async Task SetWorkerAsync(Guid jobId, string workerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Jobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.WorkerId, workerId), cancellationToken);
    }

    private sealed record Outcome(JobStatus Status, string? Error);
}
