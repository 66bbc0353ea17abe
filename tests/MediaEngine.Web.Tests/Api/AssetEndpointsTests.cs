using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Tests.Api;

public sealed class AssetEndpointsTests
{
    private static readonly byte[] Executable = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[1024]];

    [Fact]
    public async Task Upload_ShouldCreateTheAssetAndGetShouldReturnIt_WhenOperatorKeySendsAnImage()
    {
        await using var app = new MediaEngineAppFactory();
        var (operatorClient, _) = await app.CreateClientAsync(UserRole.Operator);
        var (viewer, _) = await app.CreateClientAsync(UserRole.Viewer);

        var response = await operatorClient.PostAsync("/api/v1/assets", Form(("chart.jpg", Png(48, 32))));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<AssetJson>()).ShouldNotBeNull();
        (created.Name, created.Kind, created.MimeType, created.Width, created.Height, created.Duplicate)
            .ShouldBe(("chart.jpg", "Image", "image/png", (int?)48, (int?)32, false));
        created.Sha256.Length.ShouldBe(64);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/assets/{created.Id}");

        var read = await viewer.GetFromJsonAsync<AssetJson>($"/api/v1/assets/{created.Id}");
        read.ShouldBe(created with { MediaInfo = read!.MediaInfo });

        var audit = await app.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "asset.uploaded"));
        (audit.Actor, audit.Target).ShouldBe(("apikey:test-Operator", $"asset:{created.Id}"));
        File.Exists(Path.Combine(app.DataPath, "artifacts", created.Sha256[..2], created.Sha256 + ".png")).ShouldBeTrue();
        TempFiles(app).ShouldBeEmpty();
    }

    [Fact]
    public async Task Upload_ShouldReturnAnArrayMarkingTheDuplicate_WhenSeveralFilesAreSent()
    {
        await using var app = new MediaEngineAppFactory();
        var (operatorClient, _) = await app.CreateClientAsync(UserRole.Operator);
        var png = Png(16, 16);

        var response = await operatorClient.PostAsync("/api/v1/assets", Form(("one.png", png), ("again.png", png), ("notes.txt", "hello\n"u8.ToArray())));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var assets = (await response.Content.ReadFromJsonAsync<AssetJson[]>()).ShouldNotBeNull();
        assets.Select(a => (a.Name, a.Kind, a.Duplicate)).ShouldBe([("one.png", "Image", false), ("one.png", "Image", true), ("notes.txt", "Text", false)]);
        assets[1].Id.ShouldBe(assets[0].Id);
        (await app.QueryAsync(db => db.Assets.CountAsync())).ShouldBe(2);
    }

    [Fact]
    public async Task Upload_ShouldBeForbidden_WhenViewerKeySendsAFile()
    {
        await using var app = new MediaEngineAppFactory();
        var (viewer, _) = await app.CreateClientAsync(UserRole.Viewer);

        var response = await viewer.PostAsync("/api/v1/assets", Form(("chart.png", Png(8, 8))));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.QueryAsync(db => db.Assets.AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Upload_ShouldReturn422WithTheReasonAndKeepNothing_WhenExecutableIsNamedPng()
    {
        await using var app = new MediaEngineAppFactory();
        var (operatorClient, _) = await app.CreateClientAsync(UserRole.Operator);

        var response = await operatorClient.PostAsync("/api/v1/assets", Form(("holiday.png", Executable)));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString().ShouldNotBeNull()
            .ShouldStartWith("'holiday.png' was not accepted: its content is a Linux/Unix program (ELF executable)");
        (await app.QueryAsync(db => db.Assets.AnyAsync())).ShouldBeFalse();
        (await app.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "asset.refused" && e.Target == "file:holiday.png"))).ShouldBeTrue();
        TempFiles(app).ShouldBeEmpty();
        Directory.Exists(Path.Combine(app.DataPath, "artifacts")).ShouldBeFalse();
    }

    [Fact]
    public async Task Upload_ShouldReturn422NamingTheSetting_WhenFileIsOverMaxFileBytes()
    {
        await using var app = new MediaEngineAppFactory(new() { ["MediaEngine:Media:MaxFileBytes"] = "1000" });
        var (operatorClient, _) = await app.CreateClientAsync(UserRole.Operator);

        var response = await operatorClient.PostAsync("/api/v1/assets", Form(("big.txt", new byte[5000].Select(_ => (byte)'x').ToArray())));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("MediaEngine:Media:MaxFileBytes");
        TempFiles(app).ShouldBeEmpty();
    }

    [Fact]
    public async Task Upload_ShouldReturn415_WhenBodyIsNotMultipart()
    {
        await using var app = new MediaEngineAppFactory();
        var (operatorClient, _) = await app.CreateClientAsync(UserRole.Operator);

        var response = await operatorClient.PostAsync("/api/v1/assets", new ByteArrayContent(Png(8, 8)) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } });

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync()).ShouldContain("multipart/form-data");
    }

    [Fact]
    public async Task Assets_ShouldAnswer401_WhenCallerIsAnonymous()
    {
        await using var app = new MediaEngineAppFactory();
        var anonymous = app.CreateNoRedirectClient();

        (await anonymous.PostAsync("/api/v1/assets", Form(("chart.png", Png(8, 8))))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/v1/assets/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.QueryAsync(db => db.Assets.AnyAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Get_ShouldReturn404_WhenThereIsNoSuchAsset()
    {
        await using var app = new MediaEngineAppFactory();
        var (viewer, _) = await app.CreateClientAsync(UserRole.Viewer);

        (await viewer.GetAsync($"/api/v1/assets/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static byte[] Png(uint width, uint height)
    {
        using var image = new MagickImage(MagickColors.Teal, width, height);
        return image.ToByteArray(MagickFormat.Png);
    }

    private static MultipartFormDataContent Form(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", name);
        }

        return form;
    }

    private static string[] TempFiles(MediaEngineAppFactory app)
    {
        var tmp = Path.Combine(app.DataPath, "tmp");
        return Directory.Exists(tmp) ? Directory.GetFiles(tmp, "*", SearchOption.AllDirectories) : [];
    }

    private sealed record AssetJson(
        Guid Id, string Name, string Sha256, string Kind, string MimeType, long SizeBytes, int? Width, int? Height,
        double? DurationSeconds, bool Duplicate, JsonElement? MediaInfo);
}
