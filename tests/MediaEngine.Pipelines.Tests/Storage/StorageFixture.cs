using System.Security.Cryptography;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Storage;
using MediaEngine.Pipelines.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Tests.Storage;

/// <summary>
/// A data folder with a migrated database, the real artifact store and cache, and helpers that store content and record
/// the assets and artifacts that refer to it, at chosen ages.
/// </summary>
public sealed class StorageFixture : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly string _dataPath = Directory.CreateTempSubdirectory("mediaengine-storage-").FullName;

    public StorageFixture()
    {
        Database = new TestDatabase(_dataPath);
        var options = Options.Create(new MediaEngineOptions { DataPath = _dataPath });
        Store = new ArtifactStore(options);
        Cache = new NodeOutputCache(options, Store);
    }

    public TestDatabase Database { get; }

    public ArtifactStore Store { get; }

    public NodeOutputCache Cache { get; }

    public SettableClock Clock { get; } = new(Now);

    public ListAuditLog Audit { get; } = new();

    public StorageCleanupService Cleanup(int retentionDays = 30) => new(
        Database, Store, Cache, Audit, Options.Create(new StorageOptions { IntermediateRetentionDays = retentionDays }), Clock,
        NullLogger<StorageCleanupService>.Instance);

    public StorageUsageQuery Usage() => new(Database, Store);

    /// <summary>Stores <paramref name="bytes"/> random bytes as a file and returns its SHA-256.</summary>
    public string Content(int bytes, string extension = ".png")
    {
        var data = RandomNumberGenerator.GetBytes(bytes);
        var sha = Convert.ToHexStringLower(SHA256.HashData(data));
        var path = Store.PathFor(sha, extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, data);
        return sha;
    }

    public async Task<Artifact> ArtifactAsync(string sha, int ageDays, bool published = false, Guid? presetVersionId = null, MediaKind kind = MediaKind.Image)
    {
        var artifact = new Artifact
        {
            Sha256 = sha,
            Kind = kind,
            MimeType = "image/png",
            SizeBytes = new FileInfo(Store.Find(sha)!).Length,
            NodeId = "node",
            PortName = "image",
            IsPublished = published,
            PresetVersionId = presetVersionId,
            CreatedAt = Now.UtcDateTime.AddDays(-ageDays),
        };
        await using var db = Database.CreateDbContext();
        db.Artifacts.Add(artifact);
        await db.SaveChangesAsync();
        return artifact;
    }

    public async Task<Asset> AssetAsync(string sha, bool deleted = false)
    {
        var asset = new Asset
        {
            Name = $"{sha[..8]}.png",
            MimeType = "image/png",
            Sha256 = sha,
            SizeBytes = new FileInfo(Store.Find(sha)!).Length,
            CreatedAt = Now.UtcDateTime.AddDays(-100),
            DeletedAt = deleted ? Now.UtcDateTime.AddDays(-90) : null,
        };
        await using var db = Database.CreateDbContext();
        db.Assets.Add(asset);
        await db.SaveChangesAsync();
        return asset;
    }

    /// <summary>A preset with one version, for artifacts to belong to.</summary>
    public async Task<PresetVersion> PresetAsync(string slug)
    {
        var preset = new Preset { Slug = slug, Name = slug, LatestVersion = 1 };
        var version = new PresetVersion { PresetId = preset.Id, Version = 1, GraphJson = "{}", SchemaVersion = 1 };
        await using var db = Database.CreateDbContext();
        db.Presets.Add(preset);
        db.PresetVersions.Add(version);
        await db.SaveChangesAsync();
        return version;
    }

    /// <summary>A cache entry (under <paramref name="key"/>) whose one output is <paramref name="sha"/>.</summary>
    public Task CacheAsync(string key, string sha) =>
        Cache.PutAsync(key, [("image", new ArtifactRef(sha, Store.Find(sha)!, PortKind.Image, "image/png", new FileInfo(Store.Find(sha)!).Length))], CancellationToken.None);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }
}
