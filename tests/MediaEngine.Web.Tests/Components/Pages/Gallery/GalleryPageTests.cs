using Bunit;
using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Compare;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Pages.Gallery;
using MediaEngine.Web.Tests.Support;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;

namespace MediaEngine.Web.Tests.Components.Pages.Gallery;

public sealed class GalleryPageTests : MudBunitContext, IAsyncLifetime
{
    private static readonly DateTime T0 = DateTime.UtcNow.AddHours(-1);

    private JobPageServices _services = default!;
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;
    private Job _job = default!;
    private Asset _source = default!;
    private Artifact _fitted = default!;
    private Artifact _webp = default!;
    private Artifact _clip = default!;
    private Artifact _thumb = default!;

    public async ValueTask InitializeAsync()
    {
        _services = await JobPageServices.CreateAsync();
        _services.AddTo(Services);
        Services.AddSingleton(_services.Get<ArtifactQueries>());
        Services.AddSingleton(_services.Get<ArtifactStore>());
        Services.AddSingleton(_services.Get<AssetFiles>());
        Services.AddSingleton(_services.Get<AssetLibrary>());
        Services.AddSingleton(_services.Get<IMediaProbe>());
        Services.AddSingleton(_services.Get<MediaComparer>());
        var version = await _services.AddWebImagesPresetAsync();
        _job = await _services.AddJobAsync(version, "Web images · beach.jpg", JobStatus.Succeeded, createdAt: T0);
        _source = new Asset { Name = "beach.jpg", Kind = MediaKind.Image, MimeType = "image/jpeg", Sha256 = new string('a', 64), SizeBytes = 4096 };
        _fitted = Output("fit", MediaKind.Image, T0.AddSeconds(1), published: false);
        _fitted.Inputs.Add(new ArtifactInput { ArtifactId = _fitted.Id, InputAssetId = _source.Id });
        _webp = Output("webp", MediaKind.Image, T0.AddSeconds(2), published: true);
        _webp.Inputs.Add(new ArtifactInput { ArtifactId = _webp.Id, InputArtifactId = _fitted.Id });
        _clip = Output("teaser", MediaKind.Video, T0.AddSeconds(3), published: true);
        _thumb = Output("thumb", MediaKind.Image, T0.AddSeconds(4), published: true);
        _thumb.Inputs.Add(new ArtifactInput { ArtifactId = _thumb.Id, InputArtifactId = _webp.Id });
        await using var db = _services.Db();
        db.Assets.Add(_source);
        db.Artifacts.AddRange(_fitted, _webp, _clip, _thumb);
        db.ArtifactTags.Add(new ArtifactTag { ArtifactId = _clip.Id, Tag = "hero" });
        await db.SaveChangesAsync();
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    private Artifact Output(string nodeId, MediaKind kind, DateTime createdAt, bool published) => new()
    {
        Sha256 = new string(nodeId[0], 64),
        Kind = kind,
        MimeType = kind == MediaKind.Video ? "video/mp4" : "image/webp",
        SizeBytes = 2048,
        Width = 1600,
        Height = 900,
        JobId = _job.Id,
        PresetVersionId = _job.PresetVersionId,
        NodeId = nodeId,
        PortName = "out",
        IsPublished = published,
        CreatedAt = createdAt,
    };

    private IRenderedComponent<GalleryPage> RenderPage(string query = "", string role = "Viewer", params string[] policies)
    {
        SignInAs($"{role} user", role, policies.Length == 0 ? [Policies.Viewer] : policies);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/gallery{query}");
        _dialogs = Render<MudDialogProvider>();
        var page = Render<GalleryPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=gallery]").GetAttribute("data-loading").ShouldBe("false"));
        return page;
    }

    private static string[] Cards(IRenderedComponent<GalleryPage> page) =>
        [.. page.FindAll("[data-testid=gallery-card]").Select(c => c.GetAttribute("data-artifact-id")!)];

    [Fact]
    public void Render_ShouldListPublishedOutputsNewestFirstWithServerThumbnails_WhenAJobPublished()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Cards(page).ShouldBe([_thumb.Id.ToString(), _clip.Id.ToString(), _webp.Id.ToString()]));
        page.Find("[data-testid=gallery-count]").TextContent.ShouldBe("3 outputs");
        page.Find($"[data-artifact-id='{_webp.Id}'] img").GetAttribute("src").ShouldBe($"/files/artifacts/{_webp.Id}/thumbnail?size=320");
        var video = page.Find($"[data-artifact-id='{_clip.Id}'] [data-testid=media-thumb]");
        (video.GetAttribute("data-kind"), video.QuerySelector("img")!.GetAttribute("src")).ShouldBe(("Video", $"/files/artifacts/{_clip.Id}/thumbnail?size=320"));
        page.FindAll("[data-testid=gallery-card] video").ShouldBeEmpty(); // posters, not players
        page.Find($"[data-artifact-id='{_thumb.Id}']").TextContent.ShouldContain("web-images@1");
        page.Find("[data-testid=gallery-grid]").GetAttribute("data-total").ShouldBe("3");
    }

    [Theory]
    [InlineData("kind", "Video", 1)]
    [InlineData("kind", "Audio", 0)]
    [InlineData("q", "BEACH", 3)]
    [InlineData("q", "no such job", 0)]
    [InlineData("preset", "web-images", 3)]
    [InlineData("preset", "other", 0)]
    [InlineData("tag", "hero", 1)]
    [InlineData("rating", "4", 0)]
    public void Address_ShouldFilterTheGrid_WhenTheLinkHoldsAFilter(string name, string value, int expected)
    {
        var page = RenderPage($"?{name}={Uri.EscapeDataString(value)}");

        page.WaitForAssertion(() => Cards(page).Length.ShouldBe(expected));
        if (expected == 0)
        {
            page.Find("[data-testid=gallery-empty]").TextContent.ShouldContain("No published outputs match");
        }
    }

    [Fact]
    public void Address_ShouldShowOnlyOneJobsOutputsAndNameTheJob_WhenTheLinkNamesAJob()
    {
        var page = RenderPage($"?job={_job.Id}&kind=Image");

        page.WaitForAssertion(() => Cards(page).ShouldBe([_thumb.Id.ToString(), _webp.Id.ToString()]));
        page.FindComponent<MudAutocomplete<GalleryJob>>().Instance.GetState(x => x.Value)!.Title.ShouldBe("Web images · beach.jpg");
        page.Find("[data-testid=gallery-clear]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Filters_ShouldPutEveryChoiceInTheAddress_WhenChanged()
    {
        var page = RenderPage();
        var navigation = Services.GetRequiredService<NavigationManager>();

        Dictionary<string, string> Query() => new Uri(navigation.Uri).Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));

        var kind = page.FindComponents<MudSelect<MediaKind?>>().Single();
        await page.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync(MediaKind.Video));
        Query().ShouldBe(new Dictionary<string, string> { ["kind"] = "Video" });
        page.WaitForAssertion(() => Cards(page).ShouldBe([_clip.Id.ToString()]));

        var rating = page.FindComponents<MudSelect<int?>>().Single(s => s.Instance.Label == "Rating");
        await page.InvokeAsync(() => rating.Instance.ValueChanged.InvokeAsync(4));
        Query().ShouldBe(new Dictionary<string, string> { ["kind"] = "Video", ["rating"] = "4" });

        var preset = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Preset");
        await page.InvokeAsync(() => preset.Instance.ValueChanged.InvokeAsync("web-images"));
        Query().ShouldBe(new Dictionary<string, string> { ["kind"] = "Video", ["rating"] = "4", ["preset"] = "web-images" });

        var job = page.FindComponent<MudAutocomplete<GalleryJob>>();
        await page.InvokeAsync(() => job.Instance.ValueChanged.InvokeAsync(new GalleryJob(_job.Id, _job.Title, _job.CreatedAt)));
        Query()["job"].ShouldBe(_job.Id.ToString());

        await page.InvokeAsync(() => page.Find("[data-testid=gallery-clear]").Click());
        Query().ShouldBeEmpty();
    }

    [Fact]
    public void Preview_ShouldDrawTheLineageGraphAndOfferTheDownloads_WhenAnOutputIsClicked()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Cards(page).Length.ShouldBe(3));

        page.Find($"[data-testid=gallery-card][data-artifact-id='{_webp.Id}']").Click();

        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=lineage-graph]"));
        var nodes = _dialogs.FindAll("[data-testid=lineage-node]").ToDictionary(n => n.GetAttribute("data-key")!);
        nodes.Keys.ShouldBe(
            [Key("version", _job.PresetVersionId), Key("job", _job.Id), Key("asset", _source.Id), Key("artifact", _fitted.Id), Key("artifact", _webp.Id), Key("artifact", _thumb.Id)],
            ignoreOrder: true);
        nodes[Key("artifact", _fitted.Id)].QuerySelector("a")!.GetAttribute("href").ShouldBe($"/artifacts/{_fitted.Id}");
        nodes[Key("job", _job.Id)].QuerySelector("a")!.GetAttribute("href").ShouldBe($"/jobs/{_job.Id}");
        nodes[Key("version", _job.PresetVersionId)].QuerySelector("a")!.GetAttribute("href").ShouldBe("/presets/web-images?version=1");
        nodes[Key("asset", _source.Id)].TextContent.ShouldContain("beach.jpg");
        nodes[Key("artifact", _webp.Id)].GetAttribute("class")!.ShouldContain("me-lineage__node--root");
        _dialogs.FindAll("[data-testid=lineage-edge]").Select(e => (e.GetAttribute("data-kind"), e.GetAttribute("data-from"), e.GetAttribute("data-to"))).ShouldBe(
            [
                ("Ran", Key("version", _job.PresetVersionId), Key("job", _job.Id)),
                ("Produced", Key("job", _job.Id), Key("artifact", _fitted.Id)),
                ("Input", Key("asset", _source.Id), Key("artifact", _fitted.Id)),
                ("Input", Key("artifact", _fitted.Id), Key("artifact", _webp.Id)),
                ("Input", Key("artifact", _webp.Id), Key("artifact", _thumb.Id)),
            ],
            ignoreOrder: true);
        _dialogs.Find("[data-testid=zoom-stage] img").GetAttribute("src").ShouldBe($"/files/artifacts/{_webp.Id}");
        _dialogs.Find("[data-testid=gallery-preview-facts]").TextContent.ShouldContain("image/webp · 2 KB · 1600×900");
        _dialogs.Find("[data-testid=gallery-download]").GetAttribute("href").ShouldBe($"/files/artifacts/{_webp.Id}?download=1");
        _dialogs.Find("[data-testid=gallery-zip]").GetAttribute("href").ShouldBe($"/files/jobs/{_job.Id}/outputs.zip");
        _dialogs.Find("[data-testid=gallery-job]").GetAttribute("href").ShouldBe($"/jobs/{_job.Id}");
        _dialogs.Find("[data-testid=gallery-preset]").GetAttribute("href").ShouldBe("/presets/web-images?version=1");
        _dialogs.FindAll("[data-testid=gallery-run-again]").ShouldBeEmpty(); // viewers cannot run
    }

    [Fact]
    public void Preview_ShouldOfferRunAgainWithTheJobsInputs_WhenAnOperatorOpensIt()
    {
        var page = RenderPage(role: "Operator", policies: [Policies.Viewer, Policies.Operator]);
        page.WaitForAssertion(() => Cards(page).Length.ShouldBe(3));

        page.Find($"[data-testid=gallery-card][data-artifact-id='{_thumb.Id}']").Click();

        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=gallery-run-again]").GetAttribute("href").ShouldBe($"/jobs/new?from={_job.Id}"));
    }

    [Fact]
    public void Preview_ShouldPlayTheVideoAndSayWhyFramesCannotBeStepped_WhenItsFileIsNotStored()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Cards(page).Length.ShouldBe(3));

        page.Find($"[data-testid=gallery-card][data-artifact-id='{_clip.Id}']").Click();

        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=video-stage] video").HasAttribute("controls").ShouldBeTrue());
        _dialogs.Find("[data-testid=frame-unknown]").TextContent.ShouldContain("no longer stored");
        _dialogs.FindAll("[data-testid=lineage-node]").Select(n => n.GetAttribute("data-kind")).ShouldBe(["PresetVersion", "Job", "Artifact"], ignoreOrder: true);
    }

    private static string Key(string kind, Guid id) => $"{kind}:{id}";
}
