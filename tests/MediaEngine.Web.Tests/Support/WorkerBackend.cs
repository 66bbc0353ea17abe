using MediaEngine.Domain.DependencyInjection;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.DependencyInjection;
using MediaEngine.Workers.DependencyInjection;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Jobs;
using MediaEngine.Workers.Options;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace MediaEngine.Web.Tests.Support;

/// <summary>
/// The real job back end for component tests: domain, pipelines and workers services on a temporary data folder
/// with a migrated SQLite database and Quartz's persistent store. It submits but never runs jobs (InProcess=false),
/// and is not started, so no background service runs.
/// </summary>
public sealed class WorkerBackend : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _dataPath;

    private WorkerBackend(IHost host, string dataPath)
    {
        _host = host;
        _dataPath = dataPath;
    }

    public JobEventBus Bus => Get<JobEventBus>();

    public WorkerPool Pool => Get<WorkerPool>();

    public static async Task<WorkerBackend> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var dataPath = Directory.CreateTempSubdirectory("mediaengine-webjobs-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MediaEngine:DataPath"] = dataPath,
            ["MediaEngine:Workers:InProcess"] = "false",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddMediaEngineDomain();
        builder.AddMediaEnginePipelines();
        builder.AddMediaEngineWorkers();
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        return new WorkerBackend(host, dataPath);
    }

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>Hands the back end's own instances to a bUnit context.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton(Get<IDbContextFactory<MediaEngineDbContext>>());
        services.AddSingleton(Get<JobStatistics>());
        services.AddSingleton(Get<JobEventBus>());
        services.AddSingleton(Get<WorkerPool>());
        services.AddSingleton(Get<IOptions<WorkerOptions>>());
        services.AddSingleton(Get<TimeProvider>());
    }

    public MediaEngineDbContext Db() => Get<IDbContextFactory<MediaEngineDbContext>>().CreateDbContext();

    /// <summary>A preset with one version for jobs to point at.</summary>
    public async Task<PresetVersion> PresetAsync(string slug = "web-images")
    {
        var preset = new Preset { Slug = slug, Name = "Web images", LatestVersion = 1 };
        var version = new PresetVersion { PresetId = preset.Id, Version = 1, GraphJson = "{}" };
        await using var db = Db();
        db.Presets.Add(preset);
        db.PresetVersions.Add(version);
        await db.SaveChangesAsync();
        return version;
    }

    /// <summary>Stores a job of <paramref name="version"/> in the given lane and state, finished (when final) at <paramref name="at"/>.</summary>
    public async Task<Job> AddJobAsync(PresetVersion version, string lane, JobStatus status, DateTime? at = null, string? error = null, bool isTest = false)
    {
        var when = at ?? DateTime.UtcNow;
        var job = new Job
        {
            PresetVersionId = version.Id,
            PresetId = version.PresetId,
            Title = $"Web images · {lane} {status}",
            Lane = lane,
            IsTest = isTest,
            Error = error,
            CreatedAt = when.AddMinutes(-5),
        };
        if (status == JobStatus.Cancelled)
        {
            job.TransitionTo(JobStatus.Cancelled, when);
        }
        else if (status != JobStatus.Queued)
        {
            job.TransitionTo(JobStatus.Running, when.AddMinutes(-1));
            if (status != JobStatus.Running)
            {
                job.TransitionTo(status, when);
            }
        }

        await using var db = Db();
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        return job;
    }

    public async ValueTask DisposeAsync()
    {
        var scheduler = await Get<ISchedulerFactory>().GetScheduler();
        await scheduler.Shutdown(waitForJobsToComplete: false);
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open; the OS temp cleanup takes it
        }
    }
}
