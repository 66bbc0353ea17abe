using MediaEngine.Domain.Persistence;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Jobs;
using MediaEngine.Workers.Maintenance;
using MediaEngine.Workers.Nodes;
using MediaEngine.Workers.Options;
using MediaEngine.Workers.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace MediaEngine.Workers.DependencyInjection;

public static class WorkersServiceCollectionExtensions
{
    /// <summary>
    /// Jobs on Quartz's persistent store in MediaEngine's database: submission, control, the event bus. The
    /// scheduler runs jobs in this process when <c>MediaEngine:Workers:InProcess</c> is true (the default) or when
    /// <paramref name="runScheduler"/> forces it (the <c>worker</c> command); otherwise this process only submits.
    /// </summary>
    public static IHostApplicationBuilder AddMediaEngineWorkers(this IHostApplicationBuilder builder, bool runScheduler = false)
    {
        var services = builder.Services;
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section);
        var options = builder.Configuration.GetSection(WorkerOptions.Section).Get<WorkerOptions>() ?? new();
        var database = DatabaseConnection.FromConfiguration(builder.Configuration);
        var runsJobs = options.InProcess || runScheduler;

        builder.AddQuartz(quartz =>
        {
            QuartzStoreConfiguration.Configure(quartz, database, options);
            StorageCleanupJob.Register(quartz);
        });
        services.AddSingleton<WorkerIdentity>();
        services.AddSingleton<JobEventBus>();
        services.AddSingleton<JobDispatcher>();
        services.AddSingleton<JobLifecycle>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<JobSubmissionService>();
        services.AddSingleton<JobControlService>();
        services.AddSingleton<WorkerPool>();
        services.AddTransient<RunPipelineJob>();
        services.AddTransient<StorageCleanupJob>();
        if (!runScheduler)
        {
            // Live views read remote workers' events through it; a standalone worker node has no views to feed.
            services.AddSingleton<JobEventRelay>();
            services.AddHostedService(sp => sp.GetRequiredService<JobEventRelay>());
        }

        if (runsJobs)
        {
            services.AddSingleton<WorkerHeartbeat>();
            // Hosted services start in order: before Quartz starts, the guard refuses a second scheduler on SQLite and
            // queued jobs left without a trigger are scheduled again.
            services.AddHostedService(sp => ActivatorUtilities.CreateInstance<SingleSchedulerGuard>(sp, database.Provider));
            services.AddHostedService<QueuedJobReconciler>();
            builder.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
            services.AddHostedService(sp => sp.GetRequiredService<WorkerHeartbeat>());
        }

        return builder;
    }
}
