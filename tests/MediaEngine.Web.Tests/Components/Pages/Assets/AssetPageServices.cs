using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.DependencyInjection;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Users;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.DependencyInjection;
using MediaEngine.Pipelines.Media;
using MediaEngine.Web.Services;
using MediaEngine.Web.Uploads;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaEngine.Web.Tests.Components.Pages.Assets;

/// <summary>
/// The real domain and pipeline services the assets page uses (library, ingest, audit, users) on a temporary migrated
/// SQLite database, for bUnit tests. The host is built, not started.
/// </summary>
public sealed class AssetPageServices : IAsyncDisposable
{
    private readonly IHost _host;
    private AssetUploads? _uploads;
    private UploadSessionStore? _sessions;

    private AssetPageServices(IHost host, string dataPath)
    {
        _host = host;
        DataPath = dataPath;
    }

    public string DataPath { get; }

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>The upload receiver the pages use (the web host's registration, made here without the web host).</summary>
    public AssetUploads Uploads => _uploads ??= new AssetUploads(
        Get<AssetIngestService>(), Get<IAuditLog>(), Get<IOptions<MediaLimits>>(), Get<IOptions<MediaEngineOptions>>());

    /// <summary>Resumable upload sessions with 64 KiB chunks under the data folder.</summary>
    public UploadSessionStore UploadSessions => _sessions ??= new UploadSessionStore(
        Get<IOptions<MediaEngineOptions>>(), Options.Create(new UploadOptions { ChunkBytes = 64 * 1024 }), Get<IOptions<MediaLimits>>(), TimeProvider.System);

    public static async Task<AssetPageServices> CreateAsync(long? maxFileBytes = null)
    {
        var dataPath = Directory.CreateTempSubdirectory("mediaengine-web-assets-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = "Development" });
        var settings = new Dictionary<string, string?> { ["MediaEngine:DataPath"] = dataPath };
        if (maxFileBytes is { } max)
        {
            settings[MediaLimits.KeyOf(nameof(MediaLimits.MaxFileBytes))] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddMediaEngineDomain();
        builder.AddMediaEnginePipelines();
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        return new AssetPageServices(host, dataPath);
    }

    /// <summary>Registers the services the assets page and its components inject into a bUnit context.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton(Get<IDbContextFactory<MediaEngineDbContext>>());
        services.AddSingleton(Get<AssetLibrary>());
        services.AddSingleton(Get<AssetCollections>());
        services.AddSingleton(Get<AssetIngestService>());
        services.AddSingleton(Get<IAuditLog>());
        services.AddSingleton(Get<UserService>());
        services.AddSingleton(Get<IOptions<MediaLimits>>());
        services.AddSingleton(Get<IOptions<MediaEngineOptions>>());
        services.AddSingleton(Uploads);
        services.AddSingleton(UploadSessions);
        services.AddSingleton(TimeProvider.System);
    }

    public MediaEngineDbContext Db() => Get<IDbContextFactory<MediaEngineDbContext>>().CreateDbContext();

    /// <summary>An asset row (no file) with the given media facts, tags and source.</summary>
    public async Task<Asset> AddAssetAsync(
        string name, MediaKind kind, DateTime createdAt, string source = "upload", string? mediaInfoJson = null, params string[] tags)
    {
        var asset = new Asset
        {
            Name = name,
            Kind = kind,
            MimeType = kind switch { MediaKind.Video => "video/mp4", MediaKind.Audio => "audio/wav", _ => "image/png" },
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name))),
            SizeBytes = 1536,
            Width = kind == MediaKind.Audio ? null : 1280,
            Height = kind == MediaKind.Audio ? null : 720,
            DurationSeconds = kind == MediaKind.Image ? null : 5,
            MediaInfoJson = mediaInfoJson,
            Source = source,
            CreatedAt = createdAt,
        };
        asset.Tags.AddRange(tags.Select(t => new AssetTag { AssetId = asset.Id, Tag = t }));
        await using var db = Db();
        db.Assets.Add(asset);
        await db.SaveChangesAsync();
        return asset;
    }

    /// <summary>A queued job whose only input is <paramref name="assetId"/>.</summary>
    public async Task<Job> AddQueuedJobUsingAsync(Guid assetId, string title)
    {
        var preset = new Preset { Slug = "web-images", Name = "Web images", IsSystem = true, LatestVersion = 1 };
        var version = new PresetVersion { PresetId = preset.Id, Version = 1, GraphJson = "{}", SchemaVersion = 1 };
        var job = new Job
        {
            PresetVersionId = version.Id,
            PresetId = preset.Id,
            Title = title,
            InputsJson = $$"""{"image":["{{assetId}}"]}""",
        };
        await using var db = Db();
        db.Presets.Add(preset);
        db.PresetVersions.Add(version);
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        return job;
    }

    public ValueTask DisposeAsync()
    {
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

        return ValueTask.CompletedTask;
    }
}
