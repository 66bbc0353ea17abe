using MediaEngine.Domain.Auditing;
using MediaEngine.Pipelines.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace MediaEngine.Workers.Maintenance;

/// <summary>What Quartz fires once a day: the storage cleanup of old intermediate artifacts, audited as the system.</summary>
[DisallowConcurrentExecution]
public sealed class StorageCleanupJob(StorageCleanupService cleanup) : IJob
{
    /// <summary>Its job and trigger key; apart from the pipeline jobs, so pausing the worker pool does not stop it.</summary>
    public static readonly JobKey Key = new("storage-cleanup", "maintenance");

    /// <summary>Every day at 03:30 UTC.</summary>
    public const string Schedule = "0 30 3 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await cleanup.RunAsync(AuditActor.System, cancellationToken);

    /// <summary>
    /// Declares the job and its daily trigger, replacing the stored copy at each start; with
    /// <c>MediaEngine:Storage:DailyCleanup=false</c> the trigger is switched off and a stored copy is unscheduled.
    /// </summary>
    public static void Register(IQuartzBuilder quartz)
    {
        quartz.AddJob<StorageCleanupJob>(job => job.WithIdentity(Key).WithDescription("Storage cleanup"));
        quartz.AddConfiguredTrigger<StorageCleanupJob>(
            StorageOptions.KeyOf(nameof(StorageOptions.DailyCleanup)),
            (services, _) => services.GetRequiredService<IOptions<StorageOptions>>().Value.DailyCleanup ? Schedule : "-",
            (_, schedule, trigger) => trigger.ForJob(Key).WithIdentity(Key.Name, Key.Group)
                .WithCronSchedule(schedule ?? Schedule, cron => cron.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .WithDescription("Removes intermediate artifacts older than MediaEngine:Storage:IntermediateRetentionDays."));
    }
}
