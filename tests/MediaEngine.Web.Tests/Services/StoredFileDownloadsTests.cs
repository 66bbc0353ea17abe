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

/// <summary>
/// Single files on the hosted app: authorised, every download audited (a resumed one too), an inline view audited once per
/// response from byte 0, not per range a player asks for.
/// </summary>
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

    private static HttpRequestMessage Get(string url, long? from = null) =>
        new(HttpMethod.Get, url) { Headers = { Range = from is { } start ? new RangeHeaderValue(start, null) : null } };

    private static Task<List<(string Action, string? Target, string? Details)>> AuditsAsync(MediaEngineAppFactory app) =>
        app.QueryAsync(async db => (await db.AuditEvents.Where(e => e.Action.EndsWith(".downloaded") || e.Action.EndsWith(".viewed"))
            .OrderBy(e => e.Id).ToListAsync()).Select(e => (e.Action, e.Target, e.Details)).ToList());

    [Fact]
    public async Task ArtifactDownload_ShouldBeAuditedEveryTime_WhenItIsResumedMidFile()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        var artifact = await AddArtifactAsync(app, await StoreAsync(app, "twenty-four webp bytes!!", ".webp"));
        var url = $"/files/artifacts/{artifact.Id}?download=1";

        var whole = await client.SendAsync(Get(url), Ct);
        var resumed = await client.SendAsync(Get(url, from: 12), Ct);

        whole.StatusCode.ShouldBe(HttpStatusCode.OK);
        whole.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        resumed.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        resumed.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (await resumed.Content.ReadAsStringAsync(Ct)).ShouldBe("webp bytes!!");
        (await AuditsAsync(app)).ShouldBe([
            ("artifact.downloaded", $"artifact:{artifact.Id}", "size=24"),
            ("artifact.downloaded", $"artifact:{artifact.Id}", "size=24; resumed at byte 12; range=bytes 12-23/24"),
        ]);
        (await app.QueryAsync(db => db.AuditEvents.Where(e => e.Action == "artifact.downloaded").Select(e => e.Actor).Distinct().ToListAsync()))
            .ShouldBe(["admin@example.com"]);
    }

    [Fact]
    public async Task InlineArtifact_ShouldBeAuditedAsViewedOnce_WhenAPlayerFetchesItFromByteZeroAndThenSeeks()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        var artifact = await AddArtifactAsync(app, await StoreAsync(app, "twenty-four webp bytes!!", ".webp"));
        var url = $"/files/artifacts/{artifact.Id}";

        var start = await client.SendAsync(Get(url, from: 0), Ct);
        var seek = await client.SendAsync(Get(url, from: 12), Ct);
        var seekBack = await client.SendAsync(Get(url, from: 5), Ct);

        (start.StatusCode, seek.StatusCode, seekBack.StatusCode).ShouldBe((HttpStatusCode.PartialContent, HttpStatusCode.PartialContent, HttpStatusCode.PartialContent));
        start.Content.Headers.ContentDisposition.ShouldBeNull();
        (await AuditsAsync(app)).ShouldBe([("artifact.viewed", $"artifact:{artifact.Id}", "size=24; range=bytes 0-23/24")]);
    }

    [Fact]
    public async Task InlineFile_ShouldNotBeAudited_WhenTheBrowserAlreadyHasItAndGets304()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        var artifact = await AddArtifactAsync(app, await StoreAsync(app, "twenty-four webp bytes!!", ".webp"));
        var url = $"/files/artifacts/{artifact.Id}";
        var first = await client.GetAsync(url, Ct);

        var again = Get(url);
        again.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        var revalidated = await client.SendAsync(again, Ct);

        revalidated.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await AuditsAsync(app)).ShouldBe([("artifact.viewed", $"artifact:{artifact.Id}", "size=24")]);
    }

    [Fact]
    public async Task ApiDownloads_ShouldBeAuditedWithTheKey_ForAnArtifactItsResumptionAndAnAsset()
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
        (await AuditsAsync(app)).ShouldBe([
            ("artifact.downloaded", $"artifact:{artifact.Id}", "size=24; range=bytes 0-15/16"),
            ("artifact.downloaded", $"artifact:{artifact.Id}", "size=24; resumed at byte 9; range=bytes 9-15/16"),
            ("asset.downloaded", $"asset:{asset.Id}", "name=beach.png; size=13"),
        ]);
        (await app.QueryAsync(db => db.AuditEvents.Where(e => e.Action.EndsWith(".downloaded")).Select(e => e.Actor).Distinct().ToListAsync()))
            .ShouldBe([$"apikey:{key.Key.Name}"]);
    }

    [Fact]
    public async Task AssetFile_ShouldBeAuditedAsViewedThenAsDownloaded_WhenOpenedInlineAndThenDownloaded()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        var asset = await AddAsync(app, new Asset { Name = "tone.wav", MimeType = "audio/wav", Sha256 = await StoreAsync(app, "RIFF tone", ".wav"), SizeBytes = 9 });

        var opened = await client.GetAsync($"/files/assets/{asset.Id}", Ct);
        var download = await client.GetAsync($"/files/assets/{asset.Id}?download=1", Ct);

        (await opened.Content.ReadAsStringAsync(Ct)).ShouldBe("RIFF tone");
        opened.Content.Headers.ContentDisposition.ShouldBeNull();
        download.Content.Headers.ContentDisposition!.FileName.ShouldBe("tone.wav");
        (await AuditsAsync(app)).ShouldBe([
            ("asset.viewed", $"asset:{asset.Id}", "name=tone.wav; size=9"),
            ("asset.downloaded", $"asset:{asset.Id}", "name=tone.wav; size=9"),
        ]);
        (await app.CreateNoRedirectClient().GetAsync($"/files/assets/{asset.Id}?download=1", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await app.CreateNoRedirectClient().GetAsync($"/files/assets/{asset.Id}", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await AuditsAsync(app)).Count.ShouldBe(2);
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
        (await AuditsAsync(app)).ShouldBeEmpty();
    }
}
