using System.Security.Claims;
using Bunit;
using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Pages.Jobs.Run;
using MediaEngine.Web.Components.Shared.Uploads;
using MediaEngine.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MediaEngine.Web.Tests.Components.Pages.Jobs.Run;

public sealed class RunPresetPageTests : MudBunitContext, IAsyncLifetime
{
    private JobPageServices _services = default!;

    public async ValueTask InitializeAsync()
    {
        _services = await JobPageServices.CreateAsync();
        _services.AddTo(Services);
        await _services.AddWebImagesPresetAsync();
        SignInAs("Olga Operator", "Operator", Policies.Viewer, Policies.Operator);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    private IRenderedComponent<RunPresetPage> RenderPage(string query = "?preset=web-images")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/jobs/new{query}");
        var page = Render<RunPresetPage>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=run-input]").Count.ShouldBe(1));
        return page;
    }

    private static byte[] Png(string name)
    {
        using var image = new MagickImage(MagickColors.SteelBlue, 64, 48);
        image.Comment = name;
        return image.ToByteArray(MagickFormat.Png);
    }

    private Task UploadAsync(IRenderedComponent<RunPresetPage> page, string name, byte[] content) =>
        BrowserUploads.SendAsync(page.FindComponent<ResumableUpload>(), _services.UploadSessions, _services.Uploads,
            new MediaEngine.Domain.Auditing.AuditActor(null, "operator@example.com"), name, content);

    [Fact]
    public void Render_ShouldOfferOnePickerPerGraphInput_AndPinTheLatestVersion()
    {
        var page = RenderPage();

        page.Find("[data-testid=run-input]").GetAttribute("data-input").ShouldBe("image");
        page.Find("[data-testid=run-submit]").TextContent.ShouldContain("web-images@1");
        page.FindAll("[data-testid=run-input-chosen] figure").ShouldBeEmpty();
    }

    [Fact]
    public async Task Submit_ShouldShowTheProblemAtTheInputAndQueueNothing_WhenNoAssetIsChosen()
    {
        var page = RenderPage();

        await page.Find("[data-testid=run-submit]").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[data-testid=run-input-problem]").TextContent.ShouldContain("No asset given for the input 'image'"));
        await using var db = _services.Db();
        (await db.Jobs.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task UploadThenSubmit_ShouldTakeTheFileInAndQueueAJobPinnedToTheVersion_WhenTheFileIsAnImage()
    {
        var page = RenderPage();

        await UploadAsync(page, "beach.png", Png("beach"));
        page.WaitForAssertion(() => page.FindAll("[data-testid=run-input-chosen] figure").Count.ShouldBe(1), TimeSpan.FromSeconds(20));
        await page.Find("[data-testid=run-submit]").ClickAsync(new());

        await using var db = _services.Db();
        var job = await db.Jobs.SingleAsync();
        var asset = await db.Assets.SingleAsync();
        job.Status.ShouldBe(JobStatus.Queued);
        job.InputsJson.ShouldContain(asset.Id.ToString());
        job.Title.ShouldContain("beach.png");
        asset.Kind.ShouldBe(MediaKind.Image);
        Services.GetRequiredService<NavigationManager>().Uri.ShouldEndWith($"/jobs/{job.Id}");
        (await db.AuditEvents.CountAsync(a => a.Action == "asset.uploaded")).ShouldBe(1);
    }

    [Fact]
    public async Task Upload_ShouldSayWhyAndChooseNothing_WhenTheContentIsNotMedia()
    {
        var page = RenderPage();

        await UploadAsync(page, "photo.png", "#!/bin/sh\necho hi\n"u8.ToArray());

        page.WaitForAssertion(() => page.Find("[data-testid=run-input-refused]").TextContent.ShouldContain("'photo.png' was not accepted"), TimeSpan.FromSeconds(20));
        page.FindAll("[data-testid=run-input-chosen] figure").ShouldBeEmpty();
    }

    [Fact]
    public async Task Submit_ShouldQueueOneJobPerFileAsABatch_WhenSeveralFilesAreChosenForAOneFileInput()
    {
        var page = RenderPage();

        foreach (var name in new[] { "one", "two", "three" })
        {
            await UploadAsync(page, $"{name}.png", Png(name));
        }

        page.WaitForAssertion(() => page.FindAll("[data-testid=run-input-chosen] figure").Count.ShouldBe(3), TimeSpan.FromSeconds(30));
        page.Find("[data-testid=run-submit]").TextContent.ShouldContain("Run 3 jobs of web-images@1");
        await page.Find("[data-testid=run-submit]").ClickAsync(new());

        await using var db = _services.Db();
        var jobs = await db.Jobs.OrderBy(j => j.CreatedAt).ToListAsync();
        var assets = await db.Assets.ToDictionaryAsync(a => a.Id, a => a.Name);
        jobs.Count.ShouldBe(3);
        jobs.Select(j => j.BatchId).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
        jobs.Select(j => assets[JobPayloadIds(j).Single()]).ShouldBe(["one.png", "two.png", "three.png"], ignoreOrder: true);
        Services.GetRequiredService<NavigationManager>().Uri.ShouldEndWith("/jobs");
    }

    [Fact]
    public async Task From_ShouldChooseTheEarlierJobsVersionAndFiles_WhenRunningAgain()
    {
        var first = RenderPage();
        await UploadAsync(first, "beach.png", Png("beach"));
        first.WaitForAssertion(() => first.FindAll("[data-testid=run-input-chosen] figure").Count.ShouldBe(1), TimeSpan.FromSeconds(20));
        await first.Find("[data-testid=run-submit]").ClickAsync(new());
        Guid jobId, assetId;
        await using (var db = _services.Db())
        {
            var job = await db.Jobs.SingleAsync();
            (jobId, assetId) = (job.Id, JobPayloadIds(job).Single());
            var preset = await db.Presets.SingleAsync();
            db.PresetVersions.Add(new PresetVersion { PresetId = preset.Id, Version = 2, GraphJson = (await db.PresetVersions.SingleAsync()).GraphJson, SchemaVersion = 1 });
            preset.LatestVersion = 2;
            await db.SaveChangesAsync();
        }

        var again = RenderPage($"?from={jobId}");

        again.WaitForAssertion(() => again.Find("[data-testid=run-input-chosen] figure").GetAttribute("data-asset").ShouldBe(assetId.ToString()));
        again.Find("[data-testid=run-submit]").TextContent.ShouldContain("web-images@1"); // the version it ran, not the latest
        again.Find("[data-testid=run-from-note]").TextContent.ShouldContain("are chosen");
        var version = again.FindComponent<MudSelect<int>>();
        await again.InvokeAsync(() => version.Instance.ValueChanged.InvokeAsync(2));
        again.WaitForAssertion(() => again.Find("[data-testid=run-submit]").TextContent.ShouldContain("web-images@2"));
        again.FindAll("[data-testid=run-input-chosen] figure").Count.ShouldBe(1, "the files stay chosen for the latest version");
    }

    [Fact]
    public void Version_ShouldPinTheVersionAsked_WhenTheAddressNamesOne()
    {
        var page = RenderPage("?preset=web-images&version=7");

        page.Find("[data-testid=run-submit]").TextContent.ShouldContain("web-images@1"); // no version 7: the latest
    }

    private static List<Guid> JobPayloadIds(Job job) =>
        [.. MediaEngine.Workers.Jobs.JobPayload.InputsFromJson(job.InputsJson).Values.SelectMany(v => v)];

    [Fact]
    public async Task Parameters_ShouldStartAtTheDefaults_ExplainABadValue_AndShowTheSubmissionsProblemUnderTheParameter()
    {
        await _services.AddSystemPresetAsync("social-carousel", "Social carousel");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/jobs/new?preset=social-carousel");
        var page = Render<RunPresetPage>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=run-parameters] [data-testid=parameter-value]").Count.ShouldBe(9));
        Accent(page).GetAttribute("value").ShouldBe("#f97316");

        Accent(page).Change("orange");
        page.Find("[data-testid=parameter-value][data-parameter=accent]").TextContent.ShouldContain("must be a colour written #rrggbb");
        Accent(page).Change("#00ff00");
        page.Find("[data-testid=parameter-value][data-parameter=slideCount] input").Change("-1");
        await page.Find("[data-testid=run-submit]").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[data-testid=parameter-value][data-parameter=slideCount]").TextContent
            .ShouldContain("does not suit setting \"slideCount\" of node \"slides\""));
        page.Find("[data-testid=parameter-value][data-parameter=accent]").TextContent.ShouldNotContain("#rrggbb, for");
        page.FindAll("[data-testid=run-problems] li").ShouldNotContain(li => li.TextContent.StartsWith("parameters.", StringComparison.Ordinal));
        await using var db = _services.Db();
        (await db.Jobs.CountAsync()).ShouldBe(0);
    }

    private static AngleSharp.Dom.IElement Accent(IRenderedComponent<RunPresetPage> page) =>
        page.Find("[data-testid=parameter-value][data-parameter=accent] input");
}
