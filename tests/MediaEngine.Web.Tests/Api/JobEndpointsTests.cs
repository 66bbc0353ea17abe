using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Web.Tests.Support;
using MediaEngine.Workers.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Api;

public sealed class JobEndpointsTests
{
    [Fact]
    public async Task SubmitJob_ShouldRunToSuccessWithDownloadableOutputs_WhenAnUploadedImageIsSubmitted()
    {
        await using var app = new MediaEngineAppFactory();
        var (client, _) = await app.CreateClientAsync(UserRole.Operator);
        var assetId = await ApiCalls.UploadAsync(client, "photo.png", ApiCalls.Png(320, 200));
        var ended = ApiCalls.WaitForEnd(app);

        var submit = await client.PostAsJsonAsync("/api/v1/jobs", new { preset = "web-images@1", inputs = new Dictionary<string, Guid[]> { ["image"] = [assetId] }, settings = new Dictionary<string, object> { ["webp.quality"] = 70 }, priority = "high" }, TestContext.Current.CancellationToken);

        submit.StatusCode.ShouldBe(HttpStatusCode.Accepted, await submit.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var accepted = await submit.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var jobId = accepted.GetProperty("id").GetGuid();
        accepted.GetProperty("status").GetString().ShouldBe("Queued");
        submit.Headers.Location!.ToString().ShouldBe($"/api/v1/jobs/{jobId}");
        (await ended(jobId)).ShouldBe(JobStatus.Succeeded);

        var job = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}", TestContext.Current.CancellationToken);
        var summary = job.GetProperty("job");
        summary.GetProperty("status").GetString().ShouldBe("Succeeded");
        summary.GetProperty("priority").GetString().ShouldBe("High");
        summary.GetProperty("startedAt").ValueKind.ShouldBe(JsonValueKind.String);
        summary.GetProperty("finishedAt").ValueKind.ShouldBe(JsonValueKind.String);
        summary.GetProperty("attempt").GetInt32().ShouldBe(1);
        job.GetProperty("nodes").EnumerateArray().ShouldAllBe(n => n.GetProperty("state").GetString() == "Succeeded");
        var published = job.GetProperty("artifacts").EnumerateArray().Where(a => a.GetProperty("published").GetBoolean()).ToList();
        published.ShouldNotBeEmpty();
        var content = await client.GetAsync(published[0].GetProperty("content").GetString(), TestContext.Current.CancellationToken);
        content.StatusCode.ShouldBe(HttpStatusCode.OK);
        content.Content.Headers.ContentType!.MediaType.ShouldStartWith("image/");
        using var image = new MagickImage(await content.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        image.Width.ShouldBeGreaterThan(0u);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/jobs?status=Succeeded&preset=web-images", TestContext.Current.CancellationToken);
        list.GetProperty("totalCount").GetInt32().ShouldBe(1);
        list.GetProperty("page").GetInt32().ShouldBe(1);
        list.GetProperty("items").GetArrayLength().ShouldBe(1);
        var second = await client.GetFromJsonAsync<JsonElement>("/api/v1/jobs?preset=web-images&page=2&pageSize=1", TestContext.Current.CancellationToken);
        second.GetProperty("items").GetArrayLength().ShouldBe(0);
        var presetId = await app.QueryAsync(db => db.Presets.Where(p => p.Slug == "web-images").Select(p => p.Id).SingleAsync());
        var byId = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?preset={presetId}", TestContext.Current.CancellationToken);
        byId.GetProperty("totalCount").GetInt32().ShouldBe(1, "the preset filter takes an id as POST /jobs does");
        var audit = await app.QueryAsync(db => db.AuditEvents.Where(e => e.Target == $"job:{jobId}").Select(e => e.Action).ToListAsync());
        audit.ShouldContain("job.submitted");
    }

    [Fact]
    public async Task SubmitJob_ShouldAnswer422ListingEachProblem_WhenThePresetInputsAndSettingsAreWrong()
    {
        await using var app = new MediaEngineAppFactory();
        var (client, _) = await app.CreateClientAsync(UserRole.Operator);
        var text = await ApiCalls.UploadAsync(client, "notes.txt", "hello\n"u8.ToArray());

        var response = await client.PostAsJsonAsync("/api/v1/jobs", new { preset = "web-images", inputs = new Dictionary<string, Guid[]> { ["image"] = [text], ["other"] = [Guid.NewGuid()] }, settings = new Dictionary<string, object> { ["resize.nope"] = 1 } }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        fields.ShouldContain("inputs.image");
        fields.ShouldContain("inputs.other");
        fields.Count.ShouldBeGreaterThanOrEqualTo(3);
        (await app.QueryAsync(db => db.Jobs.CountAsync())).ShouldBe(0);
        var missing = await client.PostAsJsonAsync("/api/v1/jobs", new { inputs = new { } }, TestContext.Current.CancellationToken);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SubmitJob_ShouldAnswer422NamingPriority_WhenThePriorityIsAnUndefinedNumber()
    {
        await using var app = new MediaEngineAppFactory();
        var (client, _) = await app.CreateClientAsync(UserRole.Operator);
        var assetId = await ApiCalls.UploadAsync(client, "photo.png", ApiCalls.Png(64, 64));

        var response = await client.PostAsJsonAsync("/api/v1/jobs", new { preset = "web-images", inputs = new Dictionary<string, Guid[]> { ["image"] = [assetId] }, priority = 7 }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["priority"]);
        (await app.QueryAsync(db => db.Jobs.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task SubmitJob_ShouldAnswer422ListingEveryProblem_WhenThePriorityNameAndAnAssetIdDoNotRead()
    {
        await using var app = new MediaEngineAppFactory();
        var (client, _) = await app.CreateClientAsync(UserRole.Operator);

        var response = await client.PostAsync("/api/v1/jobs", new StringContent(
            """{ "preset": "social-carousel", "inputs": { "images": ["not-an-id"], "titles": "also-not-a-list" }, "settings": { "slides.nope": 1 }, "priority": "urgent" }""",
            System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        errors.GetProperty("priority")[0].GetString().ShouldBe("\"urgent\" is not a priority; use low, normal, high.");
        errors.GetProperty("inputs.images")[0].GetString().ShouldBe("\"not-an-id\" is not an asset id.");
        errors.GetProperty("inputs.images").GetArrayLength().ShouldBe(1, "an input that did not read is not reported again as missing");
        errors.GetProperty("inputs.titles")[0].GetString().ShouldStartWith("The input 'titles' takes a list of asset ids");
        errors.EnumerateObject().Select(p => p.Name).ShouldContain(n => n.StartsWith("settings", StringComparison.Ordinal));
        (await app.QueryAsync(db => db.Jobs.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task SubmitJob_ShouldPinThatVersion_WhenThePresetIsNamedByItsIdAtAVersion()
    {
        await using var app = new MediaEngineAppFactory();
        var (client, _) = await app.CreateClientAsync(UserRole.Operator);
        var assetId = await ApiCalls.UploadAsync(client, "photo.png", ApiCalls.Png(64, 64));
        var preset = await app.QueryAsync(db => db.Presets.Where(p => p.Slug == "web-images").Select(p => p.Id).SingleAsync());
        var version1 = await app.QueryAsync(db => db.PresetVersions.Where(v => v.PresetId == preset && v.Version == 1).Select(v => v.Id).SingleAsync());

        var submit = await client.PostAsJsonAsync("/api/v1/jobs", new { preset = $"{preset}@1", inputs = new Dictionary<string, Guid[]> { ["image"] = [assetId] } }, TestContext.Current.CancellationToken);
        var unknown = await client.PostAsJsonAsync("/api/v1/jobs", new { preset = $"{preset}@99", inputs = new Dictionary<string, Guid[]> { ["image"] = [assetId] } }, TestContext.Current.CancellationToken);

        submit.StatusCode.ShouldBe(HttpStatusCode.Accepted, await submit.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var jobId = (await submit.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
        var job = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}", TestContext.Current.CancellationToken);
        job.GetProperty("presetVersionId").GetGuid().ShouldBe(version1);
        job.GetProperty("job").GetProperty("presetVersion").GetInt32().ShouldBe(1);
        unknown.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain($"{preset}@99");
    }

    [Fact]
    public async Task SubmitJob_ShouldAnswer422UnderEachParameter_WhenBrandKitValuesAreWrong_AndRefuseADraft()
    {
        await using var app = new MediaEngineAppFactory();
        var (client, _) = await app.CreateClientAsync(UserRole.Operator);
        var photo = await ApiCalls.UploadAsync(client, "photo.png", ApiCalls.Png(64, 48));

        var response = await client.PostAsJsonAsync("/api/v1/jobs", new
        {
            preset = "social-carousel",
            inputs = new Dictionary<string, Guid[]> { ["images"] = [photo] },
            parameters = new Dictionary<string, object> { ["accent"] = "orange", ["typeface"] = "Serif" },
        }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        errors.GetProperty("parameters.accent")[0].GetString()!.ShouldContain("#rrggbb");
        errors.GetProperty("parameters.typeface")[0].GetString()!.ShouldContain("There is no parameter \"typeface\"");
        errors.TryGetProperty("inputs.titles", out _).ShouldBeTrue("every problem is listed at once");

        var draft = await app.Services.GetRequiredService<MediaEngine.Domain.Presets.WorkbenchDrafts>().AddAsync(
            new MediaEngine.Pipelines.Presets.SystemPresetLibrary().Get("web-images"), null, MediaEngine.Domain.Auditing.AuditActor.System, TestContext.Current.CancellationToken);
        var drafted = await client.PostAsJsonAsync("/api/v1/jobs", new { preset = draft.Id.ToString(), inputs = new Dictionary<string, Guid[]> { ["image"] = [photo] } }, TestContext.Current.CancellationToken);
        drafted.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await drafted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("unsaved workbench draft");
    }

    [Fact]
    public async Task JobRoutes_ShouldLetViewersReadButNotSubmitCancelOrRetry()
    {
        await using var app = new MediaEngineAppFactory();
        var (viewer, _) = await app.CreateClientAsync(UserRole.Viewer);
        var id = Guid.NewGuid();

        (await viewer.GetAsync("/api/v1/jobs", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.GetAsync($"/api/v1/jobs/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await viewer.PostAsJsonAsync("/api/v1/jobs", new { preset = "web-images" }, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.PostAsync($"/api/v1/jobs/{id}/cancel", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.PostAsync($"/api/v1/jobs/{id}/retry", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var openApi = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/openapi.json", TestContext.Current.CancellationToken);
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/jobs");
        paths.ShouldContain("/api/v1/jobs/{id}/cancel");
        paths.ShouldContain("/api/v1/assets");
        paths.ShouldAllBe(p => p.StartsWith("/api/v1/"));
        var scheme = openApi.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        scheme.GetProperty("type").GetString().ShouldBe("http");
        scheme.GetProperty("scheme").GetString().ShouldBe("bearer");
        var operations = openApi.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)).ToList();
        operations.ShouldNotBeEmpty();
        foreach (var operation in operations)
        {
            operation.Value.GetProperty("security").EnumerateArray().ShouldContain(r => r.EnumerateObject().Any(p => p.Name == "ApiKey"), operation.Name);
        }
        var page = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/jobs?page=1&pageSize=10", TestContext.Current.CancellationToken);
        page.GetProperty("page").GetInt32().ShouldBe(1);
        page.GetProperty("pageSize").GetInt32().ShouldBe(10);
        (await viewer.GetAsync("/api/v1/jobs?page=0", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var anonymous = app.CreateNoRedirectClient();
        (await anonymous.GetAsync("/api/v1/openapi.json", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CancelJob_ShouldAnswer409_WhenTheJobHasFinished()
    {
        await using var app = new MediaEngineAppFactory();
        var (client, _) = await app.CreateClientAsync(UserRole.Operator);
        var assetId = await ApiCalls.UploadAsync(client, "photo.png", ApiCalls.Png(64, 64));
        var ended = ApiCalls.WaitForEnd(app);
        var submit = await client.PostAsJsonAsync("/api/v1/jobs", new { preset = "web-images", inputs = new Dictionary<string, Guid[]> { ["image"] = [assetId] } }, TestContext.Current.CancellationToken);
        var jobId = (await submit.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
        (await ended(jobId)).ShouldBe(JobStatus.Succeeded);

        var cancel = await client.PostAsync($"/api/v1/jobs/{jobId}/cancel", null, TestContext.Current.CancellationToken);
        var retry = await client.PostAsync($"/api/v1/jobs/{jobId}/retry", null, TestContext.Current.CancellationToken);

        cancel.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        retry.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task WorkerPool_ShouldSayItIsPausedWithTheReason_WhenAnAdminPausedIt()
    {
        await using var app = new MediaEngineAppFactory();
        var (client, _) = await app.CreateClientAsync(UserRole.Viewer);
        var pool = app.Services.GetRequiredService<MediaEngine.Workers.Jobs.WorkerPool>();

        var running = await client.GetFromJsonAsync<JsonElement>("/api/v1/workers/pool", TestContext.Current.CancellationToken);
        await pool.PauseAsync("Storage move", new MediaEngine.Domain.Auditing.AuditActor(null, "admin@example.com"), TestContext.Current.CancellationToken);
        var paused = await client.GetFromJsonAsync<JsonElement>("/api/v1/workers/pool", TestContext.Current.CancellationToken);

        running.GetProperty("paused").GetBoolean().ShouldBeFalse();
        (paused.GetProperty("paused").GetBoolean(), paused.GetProperty("reason").GetString(), paused.GetProperty("pausedBy").GetString())
            .ShouldBe((true, "Storage move", "admin@example.com"));
    }
}
