using MediaEngine.Domain.Persistence;
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
    /// Quartz on the persistent store in MediaEngine's database. The scheduler runs in this process when
    /// <c>MediaEngine:Workers:InProcess</c> is true (the default) or when <paramref name="runScheduler"/> forces it.
    /// </summary>
    public static IHostApplicationBuilder AddMediaEngineWorkers(this IHostApplicationBuilder builder, bool runScheduler = false)
    {
        builder.Services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section);
        var options = builder.Configuration.GetSection(WorkerOptions.Section).Get<WorkerOptions>() ?? new();
        var database = DatabaseConnection.FromConfiguration(builder.Configuration);

        builder.AddQuartz(quartz => QuartzStoreConfiguration.Configure(quartz, database));
        if (options.InProcess || runScheduler)
        {
            builder.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        }

        return builder;
    }
}
