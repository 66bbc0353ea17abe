using System.Security.Cryptography;
using System.Text;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Tests.Support;

namespace MediaEngine.Domain.Tests.Artifacts;

/// <summary>Preset, job, asset and artifact rows for the artifact query tests, written straight to the database.</summary>
internal static class ArtifactTestData
{
    public static async Task<PresetVersion> PresetVersionAsync(SqliteTestDatabase database, string slug, string name, int version = 1)
    {
        var preset = new Preset { Slug = slug, Name = name, LatestVersion = version };
        var row = new PresetVersion { PresetId = preset.Id, Version = version, GraphJson = "{}", SchemaVersion = 1 };
        await using var db = database.CreateDbContext();
        db.Presets.Add(preset);
        db.PresetVersions.Add(row);
        await db.SaveChangesAsync();
        return row;
    }

    public static async Task<Job> JobAsync(SqliteTestDatabase database, PresetVersion version, string title, DateTime createdAt, bool isTest = false)
    {
        var job = new Job { PresetVersionId = version.Id, PresetId = version.PresetId, Title = title, CreatedAt = createdAt, IsTest = isTest };
        await using var db = database.CreateDbContext();
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        return job;
    }

    public static async Task<Asset> AssetAsync(SqliteTestDatabase database, string name)
    {
        var asset = new Asset { Name = name, Kind = MediaKind.Image, MimeType = "image/jpeg", Sha256 = Hash(name), SizeBytes = 1000 };
        await using var db = database.CreateDbContext();
        db.Assets.Add(asset);
        await db.SaveChangesAsync();
        return asset;
    }

    public static async Task<Artifact> ArtifactAsync(
        SqliteTestDatabase database,
        Job job,
        string nodeId,
        DateTime createdAt,
        MediaKind kind = MediaKind.Image,
        bool published = true,
        Guid[]? fromArtifacts = null,
        Guid[]? fromAssets = null)
    {
        var artifact = new Artifact
        {
            Sha256 = Hash($"{job.Id}{nodeId}"),
            Kind = kind,
            MimeType = kind == MediaKind.Video ? "video/mp4" : kind == MediaKind.Audio ? "audio/mpeg" : "image/webp",
            SizeBytes = 2048,
            JobId = job.Id,
            PresetVersionId = job.PresetVersionId,
            NodeId = nodeId,
            PortName = "out",
            IsPublished = published,
            CreatedAt = createdAt,
        };
        artifact.Inputs.AddRange((fromArtifacts ?? []).Select(id => new ArtifactInput { ArtifactId = artifact.Id, InputArtifactId = id }));
        artifact.Inputs.AddRange((fromAssets ?? []).Select(id => new ArtifactInput { ArtifactId = artifact.Id, InputAssetId = id }));
        await using var db = database.CreateDbContext();
        db.Artifacts.Add(artifact);
        await db.SaveChangesAsync();
        return artifact;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
