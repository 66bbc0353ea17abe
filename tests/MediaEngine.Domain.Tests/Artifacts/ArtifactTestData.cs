using System.Security.Cryptography;
using System.Text;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>Another version of the preset of <paramref name="first"/>, which becomes its latest.</summary>
    public static async Task<PresetVersion> AddVersionAsync(SqliteTestDatabase database, PresetVersion first, int version)
    {
        var row = new PresetVersion { PresetId = first.PresetId, Version = version, GraphJson = "{}", SchemaVersion = 1 };
        await using var db = database.CreateDbContext();
        db.PresetVersions.Add(row);
        var preset = await db.Presets.SingleAsync(p => p.Id == first.PresetId);
        preset.LatestVersion = Math.Max(preset.LatestVersion, version);
        await db.SaveChangesAsync();
        return row;
    }

    public static async Task TagAsync(SqliteTestDatabase database, Artifact artifact, string tag)
    {
        await using var db = database.CreateDbContext();
        db.ArtifactTags.Add(new ArtifactTag { ArtifactId = artifact.Id, Tag = tag });
        await db.SaveChangesAsync();
    }

    /// <summary>Two people review <paramref name="artifact"/> with the given ratings (null: a note only).</summary>
    public static async Task ReviewAsync(SqliteTestDatabase database, Artifact artifact, int? first, int? second)
    {
        await using var db = database.CreateDbContext();
        foreach (var rating in new[] { first, second })
        {
            var user = new User { Email = $"{Guid.NewGuid():N}@example.com", Name = "Reviewer" };
            db.Users.Add(user);
            db.ArtifactReviews.Add(new ArtifactReview { ArtifactId = artifact.Id, UserId = user.Id, Rating = rating, Note = rating is null ? "note" : null });
        }

        await db.SaveChangesAsync();
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
