using System.CommandLine;
using MediaEngine.Domain.DependencyInjection;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.DependencyInjection;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Workers.DependencyInjection;
using MediaEngine.Workers.Nodes;
using MediaEngine.Workers.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Workers.Cli;

/// <summary>
/// <c>mediaengine worker</c>: a standalone worker node. It runs queued jobs from the shared database in its lanes
/// until stopped (Ctrl+C or SIGTERM); a job it leaves behind resumes on the next start or, with SQL Server
/// clustering, on another node.
/// </summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var command = new Command("worker", "Run a worker node: execute queued jobs from the shared database until stopped");
        command.SetAction(async (_, cancellationToken) =>
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
            builder.Configuration[$"{WorkerOptions.Section}:{nameof(WorkerOptions.NodeRole)}"] = "worker";
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.AddFilter("MediaEngine", LogLevel.Information);
            builder.AddMediaEngineDomain();
            builder.AddMediaEnginePipelines();
            builder.AddMediaEngineWorkers(runScheduler: true);
            using var host = builder.Build();
            await host.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            await host.Services.GetRequiredService<SystemPresetSeeder>().SeedAsync(cancellationToken);
            try
            {
                await host.StartAsync(cancellationToken);
            }
            catch (SchedulerNodeConflictException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 1;
            }

            var identity = host.Services.GetRequiredService<WorkerIdentity>();
            var lanes = builder.Configuration.GetSection(WorkerOptions.Section).Get<WorkerOptions>()?.Lanes ?? new WorkerOptions().Lanes;
            Console.Error.WriteLine($"Worker {identity.Id} is running jobs in lanes {string.Join(", ", lanes.Select(l => $"{l.Key}={l.Value}"))}. Stop with Ctrl+C.");
            await host.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
