using System.Net;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Presets;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Services;

public sealed class PresetFileEndpointsTests
{
    [Fact]
    public async Task Export_ShouldNotServeTheWorkbenchDrafts_ButServeAPreset()
    {
        await using var app = new MediaEngineAppFactory();
        var client = await app.CreateAdminClientAsync();
        await app.Services.GetRequiredService<WorkbenchDrafts>().AddAsync(new SystemPresetLibrary().Get("web-images"), null, AuditActor.System);

        var draft = await client.GetAsync($"/files/presets/{WorkbenchDrafts.Slug}/export", TestContext.Current.CancellationToken);
        var preset = await client.GetAsync("/files/presets/web-images/export", TestContext.Current.CancellationToken);

        draft.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        preset.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
