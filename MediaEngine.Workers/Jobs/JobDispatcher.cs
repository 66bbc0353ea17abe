using MediaEngine.Domain.Entities;
using MediaEngine.Workers.Options;
using Microsoft.Extensions.Options;
using Quartz;

namespace MediaEngine.Workers.Jobs;

/// <summary>
/// Hands jobs to Quartz: one recoverable Quartz job per MediaEngine job, due at once in the job's lane (its
/// execution group) and ordered among the lane's waiting jobs by priority, then age (see
/// <see cref="JobKeys.FireTime"/>). A firing that fails for a transient reason is fired again under the
/// trigger's retry policy. Also removes queued ones and interrupts running ones.
/// </summary>
public sealed class JobDispatcher(ISchedulerFactory schedulers, IOptions<WorkerOptions> options)
{
    private readonly RetryPolicy _retry = options.Value.TransientRetries <= 0
        ? RetryPolicy.None
        : RetryPolicy.Exponential(options.Value.TransientRetries, options.Value.TransientRetryDelay, 2, TimeSpan.FromMinutes(5));

    /// <summary>Schedules the job; false when its Quartz job already existed (it was scheduled meanwhile, by reconciliation).</summary>
    public async Task<bool> EnqueueAsync(Job job, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var detail = JobBuilder.Create<RunPipelineJob>()
            .WithIdentity(JobKeys.For(job.Id))
            .UsingJobData(JobKeys.JobId, job.Id.ToString())
            .RequestRecovery() // a worker killed mid-job: the next start re-fires it, and cached nodes are not re-run
            .Build();
        try
        {
            await scheduler.ScheduleJob(detail, Trigger(job, detail.Key, job.Id.ToString("N")), new ScheduleJobOptions(), cancellationToken);
            return true;
        }
        catch (ObjectAlreadyExistsException)
        {
            return false;
        }
    }

    /// <summary>Fires a job again that a stopping worker had to leave (it resumes from its cached node outputs).</summary>
    public async Task RequeueAsync(Job job, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = Trigger(job, JobKeys.For(job.Id), $"{job.Id:N}-resume-{Guid.NewGuid():N}");
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), cancellationToken);
    }

    /// <summary>Takes a queued job out of Quartz; false when it was no longer there (it already fired).</summary>
    public async Task<bool> RemoveAsync(Guid jobId, CancellationToken cancellationToken) =>
        await (await schedulers.GetScheduler(cancellationToken)).DeleteJob(JobKeys.For(jobId), cancellationToken);

    /// <summary>Interrupts the job when it runs in this process; other nodes notice the cancel request themselves.</summary>
    public async Task<bool> InterruptAsync(Guid jobId, CancellationToken cancellationToken) =>
        await (await schedulers.GetScheduler(cancellationToken)).Interrupt(JobKeys.For(jobId), cancellationToken);

    private ITrigger Trigger(Job job, JobKey jobKey, string name) =>
        TriggerBuilder.Create()
            .WithIdentity(name, job.IsTest ? JobKeys.TestTriggers : JobKeys.ProductionTriggers)
            .ForJob(jobKey)
            .StartAt(JobKeys.FireTime(job.Priority, job.CreatedAt))
            .WithPriority(JobKeys.TriggerPriority(job.Priority))
            .WithExecutionGroup(job.Lane)
            .WithRetryPolicy(_retry)
            // Due in the past by design (priority order) and when waiting for its lane: keep the time, never treat it as misfired.
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.IgnoreMisfires))
            .Build();
}
