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
        services.AddHostedService<JobEventRelay>();
        if (runsJobs)
        {
            builder.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
            services.AddHostedService<WorkerHeartbeat>();
        }

        return builder;
    }
}
