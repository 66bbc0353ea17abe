using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.DependencyInjection;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Users;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.DependencyInjection;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Web.Services;
using MediaEngine.Workers.DependencyInjection;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Jobs;
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
/// The real domain, pipeline and worker services the job pages use, on a temporary migrated SQLite database, for
/// bUnit tests. The host is built but not started, and runs no jobs: Quartz is its real scheduler on the test database,
/// used only to queue, remove and ask about pauses. Seeds presets and job rows directly.
/// </summary>
public sealed class JobPageServices : IAsyncDisposable
{
    private static readonly SystemPresetLibrary Library = new();
    private readonly IHost _host;

    private JobPageServices(IHost host, string dataPath)
    {
        _host = host;
        DataPath = dataPath;
    }

    public string DataPath { get; }

    public JobEventBus Bus => Get<JobEventBus>();

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public static async Task<JobPageServices> CreateAsync()
    {
        var dataPath = Directory.CreateTempSubdirectory("mediaengine-web-jobs-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MediaEngine:DataPath"] = dataPath,
            ["MediaEngine:Workers:InProcess"] = "false",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddMediaEngineDomain();
        builder.AddMediaEnginePipelines();
        builder.AddMediaEngineWorkers();
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        return new JobPageServices(host, dataPath);
    }

    /// <summary>Registers the services the job pages inject into a bUnit context.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton(Get<IDbContextFactory<MediaEngineDbContext>>());
        services.AddSingleton(Get<JobQueries>());
        services.AddSingleton(Get<JobEventBus>());
        services.AddSingleton(Get<JobControlService>());
        services.AddSingleton(Get<WorkerPool>());
        services.AddSingleton(Get<UserService>());
        services.AddSingleton(Get<NodeCatalog>());
        services.AddSingleton(Get<JobSubmissionService>());
        services.AddSingleton(new AssetUploads(
            Get<AssetIngestService>(), Get<IAuditLog>(), Get<IOptions<MediaLimits>>(), Get<IOptions<MediaEngineOptions>>()));
        services.AddSingleton(TimeProvider.System);
    }

    public MediaEngineDbContext Db() => Get<IDbContextFactory<MediaEngineDbContext>>().CreateDbContext();

    /// <summary>The shipped <c>web-images</c> graph as version 1 of a preset.</summary>
    public Task<PresetVersion> AddWebImagesPresetAsync() => AddSystemPresetAsync("web-images", "Web images");

    /// <summary>A shipped graph as version 1 of a system preset.</summary>
    public async Task<PresetVersion> AddSystemPresetAsync(string slug, string name)
    {
        var preset = new Preset { Slug = slug, Name = name, IsSystem = true, LatestVersion = 1 };
        var version = new PresetVersion { PresetId = preset.Id, Version = 1, GraphJson = Library.GetJson(slug), SchemaVersion = Library.Get(slug).SchemaVersion };
        await using var db = Db();
        db.Presets.Add(preset);
        db.PresetVersions.Add(version);
        await db.SaveChangesAsync();
        return version;
    }

    /// <summary>A job row of <paramref name="version"/> in <paramref name="status"/>, with a pending row per graph node.</summary>
    public async Task<Job> AddJobAsync(
        PresetVersion version, string title, JobStatus status = JobStatus.Queued, string lane = "image", DateTime? createdAt = null, double progress = 0)
    {
        var created = createdAt ?? DateTime.UtcNow;
        var job = new Job
        {
            PresetVersionId = version.Id,
            PresetId = version.PresetId,
            Title = title,
            Lane = lane,
            Progress = progress,
            CreatedAt = created,
        };
        if (status != JobStatus.Queued)
        {
            job.TransitionTo(status == JobStatus.Cancelled ? JobStatus.Cancelled : JobStatus.Running, created.AddSeconds(1));
        }

        if (status is JobStatus.Succeeded or JobStatus.Failed)
        {
            job.TransitionTo(status, created.AddSeconds(5));
        }

        var graph = PipelineGraphJson.Deserialize(version.GraphJson);
        job.NodeRuns.AddRange(graph.Nodes.Select(n => new JobNodeRun { JobId = job.Id, NodeId = n.Id, NodeType = n.Type }));
        await using var db = Db();
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        return job;
    }

    public async ValueTask DisposeAsync()
    {
        await (await Get<ISchedulerFactory>().GetScheduler()).Shutdown();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open; the OS temp cleanup takes it
        }
    }
}
