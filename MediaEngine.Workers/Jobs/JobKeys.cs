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

    /// <summary>
    /// How far each priority step moves a job's fire time back. Quartz acquires due triggers by fire time first and
    /// by trigger priority only among equal fire times, so a job's trigger is due at its submission time less one
    /// band per step above Low: in a lane every waiting High job comes before every Normal one, and each priority
    /// waits oldest first (the order <c>JobQueries</c> shows as queue positions). The band is far longer than a
    /// job ever waits; the misfire instruction is IgnoreMisfires, so the early time is kept and fires at once.
    /// </summary>
    public static readonly TimeSpan PriorityBand = TimeSpan.FromDays(100 * 365);

    /// <summary>When the trigger of a job with <paramref name="priority"/> submitted at <paramref name="createdAt"/> is due.</summary>
    public static DateTimeOffset FireTime(Domain.Entities.JobPriority priority, DateTime createdAt)
    {
        var steps = Math.Clamp((int)priority - (int)Domain.Entities.JobPriority.Low, 0, 2);
        return new DateTimeOffset(DateTime.SpecifyKind(createdAt, DateTimeKind.Utc)) - (PriorityBand * steps);
    }

    /// <summary>Quartz trigger priority for a job priority: higher fires first among due triggers.</summary>
    public static int TriggerPriority(Domain.Entities.JobPriority priority) => priority switch
    {
        Domain.Entities.JobPriority.High => 10,
        Domain.Entities.JobPriority.Low => 1,
        _ => 5,
    };
}
