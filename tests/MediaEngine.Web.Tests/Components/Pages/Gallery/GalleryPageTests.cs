using Bunit;
using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Pages.Gallery;
using MediaEngine.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

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

    private IRenderedComponent<GalleryPage> RenderPage()
    {
        SignInAs("Viewer user", "Viewer", Policies.Viewer);
        _dialogs = Render<MudDialogProvider>();
        var page = Render<GalleryPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=gallery]").GetAttribute("data-loading").ShouldBe("false"));
        return page;
    }

    private static string[] Cards(IRenderedComponent<GalleryPage> page) =>
        [.. page.FindAll("[data-testid=gallery-card]").Select(c => c.GetAttribute("data-artifact-id")!)];

    [Fact]
    public void Render_ShouldListPublishedOutputsNewestFirstWithThumbnails_WhenAJobPublished()
    {
        var page = RenderPage();

        Cards(page).ShouldBe([_thumb.Id.ToString(), _clip.Id.ToString(), _webp.Id.ToString()]);
        page.Find("[data-testid=gallery-count]").TextContent.ShouldBe("3 outputs · 1–3 shown");
        var image = page.Find($"[data-artifact-id='{_webp.Id}'] img");
        image.GetAttribute("src").ShouldBe($"/files/artifacts/{_webp.Id}");
        var video = page.Find($"[data-artifact-id='{_clip.Id}'] video");
        (video.GetAttribute("preload"), video.HasAttribute("muted"), video.HasAttribute("controls")).ShouldBe(("metadata", true, false));
        page.Find($"[data-artifact-id='{_thumb.Id}']").TextContent.ShouldContain("web-images@1");
    }

    [Fact]
    public async Task KindFilter_ShouldShowOnlyThatKind_WhenVideoIsChosen()
    {
        var page = RenderPage();

        var kind = page.FindComponents<MudSelect<MediaKind?>>().Single();
        await page.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync(MediaKind.Video));

        page.WaitForAssertion(() => Cards(page).ShouldBe([_clip.Id.ToString()]));
        await page.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync(MediaKind.Audio));
        page.WaitForAssertion(() => page.Find("[data-testid=gallery-empty]").TextContent.ShouldContain("No published outputs match"));
    }

    [Fact]
    public async Task Search_ShouldMatchTheJobTitle_WhenTextIsTyped()
    {
        var page = RenderPage();

        var search = page.FindComponents<MudTextField<string>>().Single();
        await page.InvokeAsync(() => search.Instance.ValueChanged.InvokeAsync("no such job"));
        page.WaitForAssertion(() => Cards(page).ShouldBeEmpty());
        await page.InvokeAsync(() => search.Instance.ValueChanged.InvokeAsync("BEACH"));

        page.WaitForAssertion(() => Cards(page).Length.ShouldBe(3));
    }

    [Fact]
    public void Preview_ShouldShowLineageBackToTheSourceAssetAndTheDownloads_WhenAnOutputIsClicked()
    {
        var page = RenderPage();

        page.Find($"[data-testid=gallery-card][data-artifact-id='{_webp.Id}']").Click();

        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=lineage-inputs]"));
        var inputs = _dialogs.FindAll("[data-testid=lineage-inputs] [data-testid=lineage-entry]");
        inputs.Select(e => (e.GetAttribute("data-source"), e.GetAttribute("data-id"), e.GetAttribute("data-depth")))
            .ShouldBe([("Artifact", _fitted.Id.ToString(), "1"), ("Asset", _source.Id.ToString(), "2")]);
        inputs[1].TextContent.ShouldContain("beach.jpg");
        inputs[1].QuerySelector("img")!.GetAttribute("src").ShouldBe($"/files/assets/{_source.Id}");
        _dialogs.FindAll("[data-testid=lineage-derived] [data-testid=lineage-entry]").Select(e => e.GetAttribute("data-id"))
            .ShouldBe([_thumb.Id.ToString()]);
        _dialogs.Find("[data-testid=gallery-preview-media] img").GetAttribute("src").ShouldBe($"/files/artifacts/{_webp.Id}");
        _dialogs.Find("[data-testid=gallery-preview-facts]").TextContent.ShouldContain("image/webp · 2 KB · 1600×900");
        _dialogs.Find("[data-testid=gallery-download]").GetAttribute("href").ShouldBe($"/files/artifacts/{_webp.Id}?download=1");
        _dialogs.Find("[data-testid=gallery-zip]").GetAttribute("href").ShouldBe($"/files/jobs/{_job.Id}/outputs.zip");
        _dialogs.Find("[data-testid=gallery-job]").GetAttribute("href").ShouldBe($"/jobs/{_job.Id}");
        _dialogs.Find("[data-testid=gallery-preset]").GetAttribute("href").ShouldBe("/presets/web-images");
    }

    [Fact]
    public void Preview_ShouldPlayVideoWithControls_WhenAVideoOutputIsClicked()
    {
        var page = RenderPage();

        page.Find($"[data-testid=gallery-card][data-artifact-id='{_clip.Id}']").Click();

        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=gallery-preview-media] video").HasAttribute("controls").ShouldBeTrue());
        _dialogs.Find("[data-testid=gallery-preview]").TextContent.ShouldContain("No recorded inputs.");
        _dialogs.FindAll("[data-testid=lineage-entry]").ShouldBeEmpty();
    }
}
