using Quartz;

namespace MediaEngine.Workers.Jobs;

/// <summary>The names MediaEngine's jobs and triggers carry in Quartz.</summary>
public static class JobKeys
{
    public const string JobGroup = "pipeline";

    /// <summary>Trigger group of production jobs; pausing the worker pool pauses this group.</summary>
    public const string ProductionTriggers = "jobs";

    /// <summary>Trigger group of workbench test runs, apart from the production queue.</summary>
    public const string TestTriggers = "test-runs";

    public const string JobId = "jobId";

    public static JobKey For(Guid jobId) => new(jobId.ToString("N"), JobGroup);

    /// <summary>Quartz trigger priority for a job priority: higher fires first among due triggers.</summary>
    public static int TriggerPriority(Domain.Entities.JobPriority priority) => priority switch
    {
        Domain.Entities.JobPriority.High => 10,
        Domain.Entities.JobPriority.Low => 1,
        _ => 5,
    };
}
