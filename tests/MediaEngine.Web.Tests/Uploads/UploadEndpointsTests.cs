using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Tests.Uploads;

/// <summary>The resumable upload routes on the hosted app, with 64 KiB chunks.</summary>
public sealed class UploadEndpointsTests
{
    private const int Chunk = 64 * 1024;
    private static readonly Dictionary<string, string?> SmallChunks = new() { ["MediaEngine:Uploads:ChunkBytes"] = Chunk.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Status(string Id, string Name, long Size, long Offset, int ChunkBytes);

    private sealed record AssetJson(Guid Id, string Name, string Kind, string MimeType, int? Width, int? Height, bool Duplicate);

    /// <summary>A PNG of noise, about 230 KB: four chunks.</summary>
    private static byte[] NoisePng()
    {
        using var image = new MagickImage(MagickColors.Gray, 280, 280);
        image.AddNoise(NoiseType.Random);
        return image.ToByteArray(MagickFormat.Png);
    }

    private static async Task<Status> CreateAsync(HttpClient client, string name, long size)
    {
        var response = await client.PostAsJsonAsync("/api/v1/uploads", new { name, size, type = "image/png" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<Status>(Ct)).ShouldNotBeNull();
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string id, byte[] data, long offset, int? length = null)
    {
        var content = new ByteArrayContent(data, (int)offset, length ?? (int)Math.Min(Chunk, data.Length - offset));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/uploads/{id}") { Content = content };
        request.Headers.Add("Upload-Offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return client.SendAsync(request, Ct);
    }

    private static async Task<long> OffsetOfAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("offset").GetInt64();

    private static string[] SessionFolders(MediaEngineAppFactory app) =>
        Directory.Exists(Path.Combine(app.DataPath, "uploads")) ? Directory.GetDirectories(Path.Combine(app.DataPath, "uploads")) : [];

    [Fact]
    public async Task Chunks_ShouldBeRefusedOutOfOrderAndResumeFromTheOffset_ThenCompleteAsOneAsset()
    {
        await using var app = new MediaEngineAppFactory(SmallChunks);
        var (client, _) = await app.CreateClientAsync(UserRole.Operator);
        var png = NoisePng();
        var session = await CreateAsync(client, "noise.png", png.Length);
        session.ChunkBytes.ShouldBe(Chunk);

        (await SendAsync(client, session.Id, png, 0)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(client, session.Id, png, Chunk)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var overlapping = await SendAsync(client, session.Id, png, Chunk);
        var skipping = await SendAsync(client, session.Id, png, 3 * Chunk);
        var resumeFrom = (await client.GetFromJsonAsync<Status>($"/api/v1/uploads/{session.Id}", Ct))!.Offset;
        for (var offset = resumeFrom; offset < png.Length; offset += Chunk)
        {
            (await SendAsync(client, session.Id, png, offset)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var completed = await client.PostAsync($"/api/v1/uploads/{session.Id}/complete", null, Ct);

        overlapping.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await OffsetOfAsync(overlapping)).ShouldBe(2 * Chunk);
        overlapping.Headers.GetValues("Upload-Offset").ShouldBe(["131072"]);
        skipping.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        resumeFrom.ShouldBe(2 * Chunk);
        completed.StatusCode.ShouldBe(HttpStatusCode.OK, await completed.Content.ReadAsStringAsync(Ct));
        var asset = (await completed.Content.ReadFromJsonAsync<AssetJson>(Ct)).ShouldNotBeNull();
        (asset.Name, asset.Kind, asset.MimeType, asset.Width, asset.Duplicate).ShouldBe(("noise.png", "Image", "image/png", (int?)280, false));
        (await app.QueryAsync(db => db.Assets.CountAsync())).ShouldBe(1);
        SessionFolders(app).ShouldBeEmpty("the session is gone once the file is an asset");
        (await client.GetAsync($"/api/v1/uploads/{session.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Session_ShouldBeClosedToAnotherKey_WhenItTriesToReadWriteOrCompleteIt()
    {
        await using var app = new MediaEngineAppFactory(SmallChunks);
        var (owner, _) = await app.CreateClientAsync(UserRole.Operator);
        var (other, _) = await app.CreateClientAsync(UserRole.Admin);
        var png = NoisePng();
        var session = await CreateAsync(owner, "noise.png", png.Length);

        var write = await SendAsync(other, session.Id, png, 0);
        var read = await other.GetAsync($"/api/v1/uploads/{session.Id}", Ct);
        var complete = await other.PostAsync($"/api/v1/uploads/{session.Id}/complete", null, Ct);
        var cancel = await other.DeleteAsync($"/api/v1/uploads/{session.Id}", Ct);

        (write.StatusCode, read.StatusCode, complete.StatusCode, cancel.StatusCode)
            .ShouldBe((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden));
        (await write.Content.ReadAsStringAsync(Ct)).ShouldContain("belongs to someone else");
        (await owner.GetFromJsonAsync<Status>($"/api/v1/uploads/{session.Id}", Ct))!.Offset.ShouldBe(0);
    }

    [Fact]
    public async Task Complete_ShouldRefuseAnExecutableNamedPngAndKeepNothing()
    {
        await using var app = new MediaEngineAppFactory(SmallChunks);
        var (client, _) = await app.CreateClientAsync(UserRole.Operator);
        byte[] executable = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[100_000]];
        var session = await CreateAsync(client, "cute-cat.png", executable.Length);
        for (var offset = 0L; offset < executable.Length; offset += Chunk)
        {
            (await SendAsync(client, session.Id, executable, offset)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var completed = await client.PostAsync($"/api/v1/uploads/{session.Id}/complete", null, Ct);

        completed.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await completed.Content.ReadAsStringAsync(Ct)).ShouldContain("its content is a Linux/Unix program (ELF executable)");
        (await app.QueryAsync(db => db.Assets.CountAsync())).ShouldBe(0);
        SessionFolders(app).ShouldBeEmpty();
        var artifacts = Path.Combine(app.DataPath, "artifacts");
        (Directory.Exists(artifacts) ? Directory.GetFiles(artifacts, "*", SearchOption.AllDirectories) : []).ShouldBeEmpty();
        (await app.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "asset.refused"))).Target.ShouldBe("file:cute-cat.png");
    }

    [Fact]
    public async Task Create_ShouldRefuseBeforeAnyByteIsSent_WhenTheFileIsOverTheLimitOrAChunkIsTooLarge()
    {
        await using var app = new MediaEngineAppFactory(new(SmallChunks) { ["MediaEngine:Media:MaxFileBytes"] = "200000" });
        var (client, _) = await app.CreateClientAsync(UserRole.Operator);

        var tooLarge = await client.PostAsJsonAsync("/api/v1/uploads", new { name = "huge.mov", size = 200_001 }, Ct);
        var session = await CreateAsync(client, "small.png", 100_000);
        var bigChunk = await SendAsync(client, session.Id, new byte[Chunk + 1], 0, length: Chunk + 1);

        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await tooLarge.Content.ReadAsStringAsync(Ct)).ShouldContain("over the 200,000-byte limit (MediaEngine:Media:MaxFileBytes); nothing was uploaded");
        bigChunk.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await client.GetFromJsonAsync<Status>($"/api/v1/uploads/{session.Id}", Ct))!.Offset.ShouldBe(0);
        SessionFolders(app).Length.ShouldBe(1);
        (await app.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "asset.refused"))).Target.ShouldBe("file:huge.mov");
    }

    [Fact]
    public async Task BrowserRoutes_ShouldRefuseAChunkOrSession_WhenTheAntiforgeryTokenIsMissing()
    {
        await using var app = new MediaEngineAppFactory(SmallChunks);
        var client = await app.CreateAdminClientAsync();

        var response = await client.PostAsJsonAsync("/uploads", new { name = "noise.png", size = 1000 }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("antiforgery token");
        SessionFolders(app).ShouldBeEmpty();
        (await app.CreateNoRedirectClient().PostAsJsonAsync("/uploads", new { name = "noise.png", size = 1000 }, Ct)).StatusCode.ShouldNotBe(HttpStatusCode.Created);
    }
}
