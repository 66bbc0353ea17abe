using MediaEngine.Workers.Nodes;
using Quartz;

namespace MediaEngine.Workers.Jobs;

/// <summary>What Quartz fires: reads the job id and hands over to <see cref="JobRunner"/>.</summary>
public sealed class RunPipelineJob(JobRunner runner, WorkerIdentity identity) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var jobId = Guid.Parse(context.MergedJobDataMap.GetString(JobKeys.JobId)!);
        await runner.RunAsync(jobId, identity.Id, context.Recovering, cancellationToken);
    }
}
