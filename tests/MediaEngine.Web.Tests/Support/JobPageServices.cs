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
using MediaEngine.Web.Auth;
using MediaEngine.Web.Services;
using MediaEngine.Web.Uploads;
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
    private AssetUploads? _uploads;
    private UploadSessionStore? _sessions;

    private JobPageServices(IHost host, string dataPath)
    {
        _host = host;
        DataPath = dataPath;
    }

    public string DataPath { get; }

    public JobEventBus Bus => Get<JobEventBus>();

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>The upload receiver the pages use (the web host's registration, made here without the web host).</summary>
    public AssetUploads Uploads => _uploads ??= new AssetUploads(
        Get<AssetIngestService>(), Get<IAuditLog>(), Get<IOptions<MediaLimits>>(), Get<IOptions<MediaEngineOptions>>());

    /// <summary>Resumable upload sessions with 64 KiB chunks under the data folder.</summary>
    public UploadSessionStore UploadSessions => _sessions ??= new UploadSessionStore(
        Get<IOptions<MediaEngineOptions>>(), Options.Create(new UploadOptions { ChunkBytes = 64 * 1024 }), Get<IOptions<MediaLimits>>(), TimeProvider.System);

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
        services.AddSingleton(Get<MediaEngine.Pipelines.Reviews.OutputReviewService>());
        services.AddSingleton(Uploads);
        services.AddSingleton(UploadSessions);
        services.AddSingleton(Get<IAuditLog>());
        services.AddScoped<CircuitAuthorization>();
        services.AddSingleton(TimeProvider.System);
    }

    public MediaEngineDbContext Db() => Get<IDbContextFactory<MediaEngineDbContext>>().CreateDbContext();

    /// <summary>The shipped <c>web-images</c> graph as version 1 of a preset.</summary>
    public Task<PresetVersion> AddWebImagesPresetAsync() => AddSystemPresetAsync("web-images", "Web images");

    /// <summary>The shipped <c>web-images</c> graph as version 1 of a preset named <paramref name="slug"/>.</summary>
    public Task<PresetVersion> AddPresetAsync(string slug, string name) => AddPresetAsync(slug, name, "web-images");

    /// <summary>A shipped graph as version 1 of a system preset.</summary>
    public Task<PresetVersion> AddSystemPresetAsync(string slug, string name) => AddPresetAsync(slug, name, slug);

    private async Task<PresetVersion> AddPresetAsync(string slug, string name, string shipped)
    {
        var preset = new Preset { Slug = slug, Name = name, IsSystem = true, LatestVersion = 1 };
        var version = new PresetVersion { PresetId = preset.Id, Version = 1, GraphJson = Library.GetJson(shipped), SchemaVersion = Library.Get(shipped).SchemaVersion };
        await using var db = Db();
        db.Presets.Add(preset);
        db.PresetVersions.Add(version);
        await db.SaveChangesAsync();
        return version;
    }

    /// <summary>A job row of <paramref name="version"/> in <paramref name="status"/>, with a pending row per graph node.</summary>
    public async Task<Job> AddJobAsync(
        PresetVersion version, string title, JobStatus status = JobStatus.Queued, string lane = "image", DateTime? createdAt = null, double progress = 0,
        Guid? submittedById = null, Asset? input = null)
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
            SubmittedById = submittedById,
            InputsJson = input is null ? "{}" : $"{{\"image\":[\"{input.Id}\"]}}",
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

    /// <summary>A stored image asset row (the pages only read its record).</summary>
    public async Task<Asset> AddImageAssetAsync(string name)
    {
        var asset = new Asset { Name = name, Kind = MediaKind.Image, MimeType = "image/png", SizeBytes = 100, Sha256 = new string('a', 64), Width = 64, Height = 64 };
        await using var db = Db();
        db.Assets.Add(asset);
        await db.SaveChangesAsync();
        return asset;
    }

    public async Task<User> AddUserAsync(string name, UserRole role)
    {
        var user = new User { Name = name, Email = $"{name.Replace(' ', '.').ToLowerInvariant()}@example.com", Role = role, Status = UserStatus.Active };
        await using var db = Db();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
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
