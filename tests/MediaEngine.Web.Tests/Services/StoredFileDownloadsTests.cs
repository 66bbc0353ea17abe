using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Services;

/// <summary>Single-file downloads on the hosted app: authorised, audited once per download, not per range; previews are not downloads.</summary>
public sealed class StoredFileDownloadsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> StoreAsync(MediaEngineAppFactory app, string content, string extension)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = app.Services.GetRequiredService<ArtifactStore>().PathFor(sha, extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, Ct);
        return sha;
    }

    private static async Task<T> AddAsync<T>(MediaEngineAppFactory app, T row) where T : class
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MediaEngineDbContext>>().CreateDbContextAsync(Ct);
        db.Add(row);
        await db.SaveChangesAsync(Ct);
        return row;
    }

    private static Task<Artifact> AddArtifactAsync(MediaEngineAppFactory app, string sha, DateTime? purgedAt = null) => AddAsync(app, new Artifact
    {
        Sha256 = sha, MimeType = "image/webp", SizeBytes = 24, NodeId = "webp", PortName = "image", IsPublished = purgedAt is null, PurgedAt = purgedAt,
    });

    private static Task<int> CountAsync(MediaEngineAppFactory app, string action) => app.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == action));

    private static HttpRequestMessage Get(string url, long? from = null) =>
        new(HttpMethod.Get, url) { Headers = { Range = from is { } start ? new RangeHeaderValue(start, null) : null } };

    [Fact]
    public async Task ArtifactDownload_ShouldBeAuditedOnce_WhenTheDownloadThenItsLaterRangesAreFetched()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        var artifact = await AddArtifactAsync(app, await StoreAsync(app, "twenty-four webp bytes!!", ".webp"));
        var url = $"/files/artifacts/{artifact.Id}?download=1";

        var whole = await client.SendAsync(Get(url), Ct);
        var later = await client.SendAsync(Get(url, from: 12), Ct);
        var preview = await client.SendAsync(Get($"/files/artifacts/{artifact.Id}", from: 0), Ct);

        whole.StatusCode.ShouldBe(HttpStatusCode.OK);
        whole.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        later.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        (await later.Content.ReadAsStringAsync(Ct)).ShouldBe("webp bytes!!");
        preview.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        var audit = await app.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "artifact.downloaded"));
        (audit.Target, audit.Actor).ShouldBe(($"artifact:{artifact.Id}", "admin@example.com"));
    }

    [Fact]
    public async Task ApiDownloads_ShouldBeAuditedWithTheKey_ForAnArtifactAndAnAsset()
    {
        await using var app = new MediaEngineAppFactory();
        var (client, key) = await app.CreateClientAsync(UserRole.Viewer);
        var artifact = await AddArtifactAsync(app, await StoreAsync(app, "artifact content", ".webp"));
        var asset = await AddAsync(app, new Asset { Name = "beach.png", MimeType = "image/png", Sha256 = await StoreAsync(app, "asset content", ".png"), SizeBytes = 13 });

        var first = await client.SendAsync(Get($"/api/v1/artifacts/{artifact.Id}/content", from: 0), Ct);
        var resumed = await client.SendAsync(Get($"/api/v1/artifacts/{artifact.Id}/content", from: 9), Ct);
        var assetFile = await client.GetAsync($"/api/v1/assets/{asset.Id}/content", Ct);

        (first.StatusCode, resumed.StatusCode, assetFile.StatusCode).ShouldBe((HttpStatusCode.PartialContent, HttpStatusCode.PartialContent, HttpStatusCode.OK));
        (await assetFile.Content.ReadAsStringAsync(Ct)).ShouldBe("asset content");
        assetFile.Content.Headers.ContentDisposition!.FileName.ShouldBe("beach.png");
        var audits = await app.QueryAsync(db => db.AuditEvents.Where(e => e.Action.EndsWith(".downloaded")).OrderBy(e => e.Id).ToListAsync());
        audits.Select(e => (e.Action, e.Target, e.Actor)).ShouldBe([
            ("artifact.downloaded", $"artifact:{artifact.Id}", $"apikey:{key.Key.Name}"),
            ("asset.downloaded", $"asset:{asset.Id}", $"apikey:{key.Key.Name}"),
        ]);
    }

    [Fact]
    public async Task AssetFile_ShouldBeAuditedOnlyAsADownload_WhenViewedInlineAndThenDownloaded()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        var asset = await AddAsync(app, new Asset { Name = "tone.wav", MimeType = "audio/wav", Sha256 = await StoreAsync(app, "RIFF tone", ".wav"), SizeBytes = 9 });

        (await client.GetAsync($"/files/assets/{asset.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountAsync(app, "asset.downloaded")).ShouldBe(0);
        var download = await client.GetAsync($"/files/assets/{asset.Id}?download=1", Ct);

        download.Content.Headers.ContentDisposition!.FileName.ShouldBe("tone.wav");
        (await CountAsync(app, "asset.downloaded")).ShouldBe(1);
        (await app.CreateNoRedirectClient().GetAsync($"/files/assets/{asset.Id}?download=1", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await CountAsync(app, "asset.downloaded")).ShouldBe(1);
    }

    [Fact]
    public async Task ArtifactFile_ShouldAnswer404RemovedByStorageCleanup_WhenCleanupRemovedIt()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        var artifact = await AddArtifactAsync(app, new string('d', 64), purgedAt: new DateTime(2026, 11, 1, 3, 30, 0, DateTimeKind.Utc));

        var response = await client.GetAsync($"/files/artifacts/{artifact.Id}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("was removed by storage cleanup on 2026-11-01 03:30 UTC");
        (await CountAsync(app, "artifact.downloaded")).ShouldBe(0);
    }
}
