using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Tests.Api;

public sealed class PresetEndpointsTests
{
    [Fact]
    public async Task ExportedPreset_ShouldImportAndRunUnchanged_OnAnotherInstanceThroughTheApi()
    {
        string file;
        await using (var source = new MediaEngineAppFactory())
        {
            var (reader, _) = await source.CreateClientAsync(UserRole.Viewer);
            var exported = await reader.GetStringAsync("/api/v1/presets/web-images/file", TestContext.Current.CancellationToken);
            file = exported.Replace("\"slug\": \"web-images\"", "\"slug\": \"shop-images\"", StringComparison.Ordinal);
            file.ShouldContain("\"slug\": \"shop-images\"");
        }

        await using var target = new MediaEngineAppFactory();
        var (client, _) = await target.CreateClientAsync(UserRole.Operator);
        var ended = ApiCalls.WaitForEnd(target);

        var import = await client.PostAsync("/api/v1/presets", new StringContent(file, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var again = await client.PostAsync("/api/v1/presets", new StringContent(file, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        import.StatusCode.ShouldBe(HttpStatusCode.Created, await import.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var imported = await import.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        (imported.GetProperty("slug").GetString(), imported.GetProperty("version").GetInt32(), imported.GetProperty("run").GetString()).ShouldBe(("shop-images", 1, "shop-images@1"));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("unchanged").GetBoolean().ShouldBeTrue();
        var image = await ApiCalls.UploadAsync(client, "photo.png", ApiCalls.Png(320, 200));
        var submit = await client.PostAsJsonAsync("/api/v1/jobs", new { preset = "shop-images@1", inputs = new Dictionary<string, Guid[]> { ["image"] = [image] } }, TestContext.Current.CancellationToken);
        submit.StatusCode.ShouldBe(HttpStatusCode.Accepted, await submit.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        (await ended((await submit.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid())).ShouldBe(JobStatus.Succeeded);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/presets?search=shop", TestContext.Current.CancellationToken);
        list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("slug").GetString()).ShouldBe(["shop-images"]);
        (await target.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == "preset.imported"))).ShouldBe(1);
    }

    [Fact]
    public async Task Import_ShouldAnswer422ListingTheProblems_WhenTheFileIsBad_AndRefuseViewerKeys()
    {
        await using var app = new MediaEngineAppFactory();
        var (operatorClient, _) = await app.CreateClientAsync(UserRole.Operator);
        var (viewer, _) = await app.CreateClientAsync(UserRole.Viewer);
        const string cyclic = """
            { "schemaVersion": 1, "name": "Loop", "slug": "loop",
              "nodes": [ { "id": "a", "type": "image.resize" }, { "id": "b", "type": "image.resize" } ],
              "edges": [ { "from": "a.image", "to": "b.image" }, { "from": "b.image", "to": "a.image" } ],
              "outputs": [ { "name": "out", "from": "b.image" } ] }
            """;

        var bad = await operatorClient.PostAsync("/api/v1/presets", new StringContent(cyclic, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var unreadable = await operatorClient.PostAsync("/api/v1/presets", new StringContent("not json", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var refused = await viewer.PostAsync("/api/v1/presets", new StringContent(cyclic, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problems = (await bad.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors").GetProperty("file");
        problems.EnumerateArray().Select(p => p.GetString()).ShouldContain(p => p!.Contains("cycle", StringComparison.OrdinalIgnoreCase));
        unreadable.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.QueryAsync(db => db.Presets.CountAsync(p => p.Slug == "loop"))).ShouldBe(0);
    }
}
