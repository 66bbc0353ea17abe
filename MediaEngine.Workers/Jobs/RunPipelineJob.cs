using MediaEngine.Workers.Nodes;
using Microsoft.Extensions.Logging;
using Quartz;

namespace MediaEngine.Workers.Jobs;

/// <summary>
/// What Quartz fires: reads the job id and hands over to <see cref="JobRunner"/>. A transient infrastructure
/// failure (see <see cref="TransientFailure"/>) is thrown back to Quartz, whose trigger retry policy fires the job
/// again later (it resumes from its cached node outputs); once the policy's attempts are spent, or on any other
/// unexpected failure, the job fails with the reason instead of staying queued or running forever.
/// </summary>
public sealed class RunPipelineJob(JobRunner runner, WorkerIdentity identity, ILogger<RunPipelineJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var jobId = Guid.Parse(context.MergedJobDataMap.GetString(JobKeys.JobId)!);
        try
        {
            await runner.RunAsync(jobId, identity.Id, context.Recovering, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested) // a stopping worker re-queues its jobs itself
        {
            var attempt = context.RetryAttempt + 1;
            if (TransientFailure.Is(ex) && context.RetryPolicy is { } policy && context.RetryAttempt < policy.MaxAttempts)
            {
                logger.LogWarning(ex, "Job {JobId} hit a transient failure on attempt {Attempt}; Quartz fires it again.", jobId, attempt);
                throw new JobExecutionException($"Transient failure running job {jobId} (attempt {attempt}): {ex.Message}", ex);
            }

            logger.LogError(ex, "Job {JobId} could not run (attempt {Attempt}).", jobId, attempt);
            var reason = TransientFailure.Is(ex) ? $"gave up after {attempt} attempt(s): {ex.Message}" : ex.Message;
            await runner.FailAsync(jobId, identity.Id, $"The worker could not run the job: {reason}");
        }
    }
}
