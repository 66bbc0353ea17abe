using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Components.Pages.Gallery;

/// <summary>The gallery's "all outputs of this job" link: <c>GET /files/jobs/{id}/outputs.zip</c> on the hosted app.</summary>
public sealed class JobOutputsZipTests
{
    [Fact]
    public async Task OutputsZip_ShouldHoldTheJobsPublishedFilesAndBeAudited_WhenASignedInUserAsks()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        var job = await AddJobAsync(app);
        await AddArtifactAsync(app, job, "webp", ".webp", published: true, "webp bytes");
        await AddArtifactAsync(app, job, "webp", ".webp", published: true, "second webp bytes");
        await AddArtifactAsync(app, job, "fit", ".png", published: false, "intermediate bytes");

        var response = await client.GetAsync($"/files/jobs/{job.Id}/outputs.zip", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"job-{job.Id}-outputs.zip");
        await using var body = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        using var zip = new ZipArchive(body, ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).ShouldBe(["webp-out.webp", "webp-out-2.webp"]);
        using (var reader = new StreamReader(zip.Entries[0].Open()))
        {
            (await reader.ReadToEndAsync(TestContext.Current.CancellationToken)).ShouldBe("webp bytes");
        }

        var audit = await app.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "job.outputs-downloaded"));
        audit.Target.ShouldBe($"job:{job.Id}");
    }

    [Fact]
    public async Task OutputsZip_ShouldAnswer404WithAReason_WhenTheJobPublishedNothing()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        var job = await AddJobAsync(app);
        await AddArtifactAsync(app, job, "fit", ".png", published: false, "intermediate bytes");

        var response = await client.GetAsync($"/files/jobs/{job.Id}/outputs.zip", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("has no published outputs");
        (await app.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "job.outputs-downloaded"))).ShouldBeFalse();
    }

    [Fact]
    public async Task OutputsZip_ShouldNotServeTheFiles_WhenNobodyIsSignedIn()
    {
        await using var app = new MediaEngineAppFactory();
        var job = await AddJobAsync(app);
        await AddArtifactAsync(app, job, "webp", ".webp", published: true, "webp bytes");

        var response = await app.CreateNoRedirectClient().GetAsync($"/files/jobs/{job.Id}/outputs.zip", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldNotBe("application/zip");
    }

    private static async Task<Job> AddJobAsync(MediaEngineAppFactory app)
    {
        var preset = new Preset { Slug = "zip-test", Name = "Zip test", LatestVersion = 1 };
        var version = new PresetVersion { PresetId = preset.Id, Version = 1, GraphJson = "{}", SchemaVersion = 1 };
        var job = new Job { PresetVersionId = version.Id, PresetId = preset.Id, Title = "Zip test · beach.jpg" };
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MediaEngineDbContext>>().CreateDbContextAsync();
        db.AddRange(preset, version, job);
        await db.SaveChangesAsync();
        return job;
    }

    private static async Task<Artifact> AddArtifactAsync(MediaEngineAppFactory app, Job job, string nodeId, string extension, bool published, string content)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = app.Services.GetRequiredService<ArtifactStore>().PathFor(sha, extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);
        var artifact = new Artifact
        {
            Sha256 = sha,
            MimeType = "image/webp",
            SizeBytes = bytes.Length,
            JobId = job.Id,
            PresetVersionId = job.PresetVersionId,
            NodeId = nodeId,
            PortName = "out",
            IsPublished = published,
        };
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MediaEngineDbContext>>().CreateDbContextAsync();
        db.Artifacts.Add(artifact);
        await db.SaveChangesAsync();
        return artifact;
    }
}
