using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Web.Services;
using MediaEngine.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Services;

/// <summary><c>GET /files/artifacts/{id}/thumbnail</c> and <c>/files/assets/{id}/thumbnail</c> on the hosted app.</summary>
public sealed class ThumbnailEndpointsTests
{
    private static byte[] Png(uint width, uint height)
    {
        using var image = new MagickImage("gradient:red-blue", new MagickReadSettings { Width = width, Height = height });
        return image.ToByteArray(MagickFormat.Png);
    }

    private static async Task<Artifact> AddArtifactAsync(MediaEngineAppFactory app, byte[] bytes, MediaKind kind = MediaKind.Image)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = app.Services.GetRequiredService<ArtifactStore>().PathFor(sha, ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);
        var artifact = new Artifact { Sha256 = sha, Kind = kind, MimeType = "image/png", SizeBytes = bytes.Length, NodeId = "fit", PortName = "image" };
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MediaEngineDbContext>>().CreateDbContextAsync();
        db.Artifacts.Add(artifact);
        await db.SaveChangesAsync();
        return artifact;
    }

    [Fact]
    public async Task ArtifactThumbnail_ShouldServeASmallWebpWithAnEntityTag_AndAnswer304WhenTheBrowserHasIt()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        var artifact = await AddArtifactAsync(app, Png(1000, 500));

        var response = await client.GetAsync(ThumbnailEndpoints.ArtifactUrl(artifact.Id, 160), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/webp");
        response.Headers.CacheControl!.Private.ShouldBeTrue();
        response.Headers.ETag!.Tag.ShouldBe($"\"{artifact.Sha256}-160\"");
        using (var image = new MagickImage(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)))
        {
            (image.Width, image.Height, image.Format).ShouldBe((160u, 80u, MagickFormat.WebP));
        }

        var again = new HttpRequestMessage(HttpMethod.Get, ThumbnailEndpoints.ArtifactUrl(artifact.Id, 160));
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{artifact.Sha256}-160\""));
        (await client.SendAsync(again, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        File.Exists(Path.Combine(app.DataPath, "thumbnails", artifact.Sha256[..2], $"{artifact.Sha256}-160.webp")).ShouldBeTrue();
        // A thumbnail is a small derived picture, not the file: it is authorised but not audited.
        (await app.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Target == $"artifact:{artifact.Id}"))).ShouldBe(0);
    }

    [Fact]
    public async Task AssetThumbnail_ShouldServeTheUploadedImage_WhenTheAssetExists()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        var source = Path.Combine(app.DataPath, "photo.png");
        await File.WriteAllBytesAsync(source, Png(640, 640), TestContext.Current.CancellationToken);
        var ingest = await app.Services.GetRequiredService<AssetIngestService>().IngestAsync(source, "photo.png", "upload", null, TestContext.Current.CancellationToken);

        var response = await client.GetAsync(ThumbnailEndpoints.AssetUrl(ingest.Asset.Id), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var image = new MagickImage(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        (image.Width, image.Height).ShouldBe((320u, 320u));
    }

    [Fact]
    public async Task Thumbnail_ShouldRefuseWithAReason_WhenTheSizeIsNotOfferedTheFileIsNotMediaOrNobodyIsSignedIn()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        var artifact = await AddArtifactAsync(app, Png(100, 100));
        var text = await AddArtifactAsync(app, "plain words"u8.ToArray(), MediaKind.Text);
        var broken = await AddArtifactAsync(app, "not a picture at all"u8.ToArray());

        var badSize = await client.GetAsync($"/files/artifacts/{artifact.Id}/thumbnail?size=999", TestContext.Current.CancellationToken);
        var ofText = await client.GetAsync(ThumbnailEndpoints.ArtifactUrl(text.Id), TestContext.Current.CancellationToken);
        var ofBroken = await client.GetAsync(ThumbnailEndpoints.ArtifactUrl(broken.Id), TestContext.Current.CancellationToken);
        var missing = await client.GetAsync(ThumbnailEndpoints.ArtifactUrl(Guid.NewGuid()), TestContext.Current.CancellationToken);
        var anonymous = await app.CreateNoRedirectClient().GetAsync(ThumbnailEndpoints.ArtifactUrl(artifact.Id), TestContext.Current.CancellationToken);

        badSize.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badSize.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("160, 320, 640");
        ofText.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ofBroken.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ofBroken.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("No thumbnail could be made");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        anonymous.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
