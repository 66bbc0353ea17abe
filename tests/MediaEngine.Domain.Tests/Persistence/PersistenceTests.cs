using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Tests.Persistence;

public sealed class PersistenceTests
{
    [Fact]
    public async Task SaveChanges_ShouldRefuseSecondUser_WhenEmailAlreadyExists()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        db.Users.Add(new User { Email = "ana@example.com", Name = "Ana" });
        await db.SaveChangesAsync();

        await using var second = database.CreateDbContext();
        second.Users.Add(new User { Email = "ana@example.com", Name = "Another Ana" });

        await Should.ThrowAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Job_ShouldRoundTripStatusPinnedVersionAndUtcTimes()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var started = new DateTime(2026, 11, 24, 12, 30, 0, DateTimeKind.Utc);
        Guid jobId;
        await using (var db = database.CreateDbContext())
        {
            var preset = new Preset { Slug = "web-images", Name = "Web images" };
            var version = new PresetVersion { Preset = preset, Version = 3, GraphJson = "{}", SchemaVersion = 1 };
            var job = new Job { PresetVersion = version, PresetId = preset.Id, Lane = "image", Priority = JobPriority.High };
            job.TransitionTo(JobStatus.Running, started);
            db.Jobs.Add(job);
            await db.SaveChangesAsync();
            jobId = job.Id;
        }

        await using var read = database.CreateDbContext();
        var loaded = await read.Jobs.Include(j => j.PresetVersion).SingleAsync(j => j.Id == jobId);

        loaded.Status.ShouldBe(JobStatus.Running);
        loaded.Priority.ShouldBe(JobPriority.High);
        loaded.PresetVersion!.Version.ShouldBe(3);
        loaded.StartedAt.ShouldBe(started);
        loaded.StartedAt!.Value.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public async Task ArtifactInput_ShouldBeRefused_WhenItNamesNeitherAnArtifactNorAnAsset()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        var artifact = new Artifact { Sha256 = new string('a', 64), MimeType = "image/png", Kind = MediaKind.Image };
        artifact.Inputs.Add(new ArtifactInput());
        db.Artifacts.Add(artifact);

        var ex = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        ex.InnerException!.Message.ShouldContain("CK_ArtifactInputs_OneSource");
    }

    [Fact]
    public async Task Artifact_ShouldKeepLineageToItsInputs()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        Guid derivedId;
        await using (var db = database.CreateDbContext())
        {
            var asset = new Asset { Name = "in.png", MimeType = "image/png", Sha256 = new string('1', 64), Kind = MediaKind.Image };
            var first = new Artifact { Sha256 = new string('2', 64), MimeType = "image/png" };
            db.AddRange(asset, first);
            await db.SaveChangesAsync();
            first.Inputs.Add(new ArtifactInput { InputAssetId = asset.Id });
            var derived = new Artifact { Sha256 = new string('3', 64), MimeType = "image/webp" };
            derived.Inputs.Add(new ArtifactInput { InputArtifactId = first.Id });
            db.Artifacts.Add(derived);
            await db.SaveChangesAsync();
            derivedId = derived.Id;
        }

        await using var read = database.CreateDbContext();
        var loaded = await read.Artifacts.Include(a => a.Inputs).SingleAsync(a => a.Id == derivedId);
        var parent = await read.Artifacts.Include(a => a.Inputs).SingleAsync(a => a.Id == loaded.Inputs.Single().InputArtifactId);
        parent.Inputs.Single().InputAssetId.ShouldNotBeNull();
    }
}
