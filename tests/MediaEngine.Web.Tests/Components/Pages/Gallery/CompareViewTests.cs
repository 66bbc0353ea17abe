using System.Globalization;
using Bunit;
using ImageMagick;
using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Compare;
using MediaEngine.Web.Components.Pages.Gallery;
using MediaEngine.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;

namespace MediaEngine.Web.Tests.Components.Pages.Gallery;

public sealed class CompareViewTests : MudBunitContext, IAsyncLifetime
{
    private static readonly TimeSpan FfmpegWait = TimeSpan.FromSeconds(60);

    private JobPageServices _services = default!;
    private CompareSide _source = default!;
    private CompareSide _blurred = default!;

    public async ValueTask InitializeAsync()
    {
        _services = await JobPageServices.CreateAsync();
        _services.AddTo(Services);
        Services.AddSingleton(_services.Get<ArtifactStore>());
        Services.AddSingleton(_services.Get<AssetFiles>());
        Services.AddSingleton(_services.Get<MediaComparer>());
        Services.AddSingleton(_services.Get<ArtifactQueries>());

        var work = Directory.CreateDirectory(Path.Combine(_services.DataPath, "compare-work")).FullName;
        var sharpPath = Path.Combine(work, "sharp.png");
        var blurredPath = Path.Combine(work, "blurred.png");
        using (var image = new MagickImage("pattern:checkerboard", new MagickReadSettings { Width = 160, Height = 120 }))
        {
            await image.WriteAsync(sharpPath, MagickFormat.Png);
            image.Blur(0, 4);
            await image.WriteAsync(blurredPath, MagickFormat.Png);
        }

        var store = _services.Get<ArtifactStore>();
        var sharp = await store.ImportSourceAsync(sharpPath, PortKind.Image, CancellationToken.None);
        var blurred = await store.ImportSourceAsync(blurredPath, PortKind.Image, CancellationToken.None);
        var asset = new Asset { Name = "checks.png", Kind = MediaKind.Image, MimeType = "image/png", Sha256 = sharp.Sha256, SizeBytes = sharp.SizeBytes };
        var output = new Artifact { Sha256 = blurred.Sha256, Kind = MediaKind.Image, MimeType = "image/png", SizeBytes = blurred.SizeBytes, NodeId = "blur", PortName = "out" };
        await using (var db = _services.Db())
        {
            db.Assets.Add(asset);
            db.Artifacts.Add(output);
            await db.SaveChangesAsync();
        }

        _source = new CompareSide(LineageSource.Asset, asset.Id, MediaKind.Image, asset.Name);
        _blurred = new CompareSide(LineageSource.Artifact, output.Id, MediaKind.Image, "blur.out");
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    /// <summary>Renders the view and waits until ffprobe's facts (or the reason there are none) are shown.</summary>
    private IRenderedComponent<CompareView> RenderCompare(CompareSide before, CompareSide after)
    {
        var view = Render<CompareView>(p => p.Add(c => c.Before, before).Add(c => c.After, after));
        view.WaitForAssertion(() => view.FindAll("[data-testid=compare-facts], [data-testid=compare-error]").ShouldNotBeEmpty(), FfmpegWait);
        return view;
    }

    [Fact]
    public void Render_ShouldStackBothImagesWithTheAfterClippedHalfway_WhenBothAreImages()
    {
        var view = RenderCompare(_source, _blurred);

        var slider = view.Find("[data-testid=compare-slider]");
        slider.QuerySelector("[data-testid=compare-before]")!.GetAttribute("src").ShouldBe($"/files/assets/{_source.Id}");
        var after = slider.QuerySelector("[data-testid=compare-after]")!;
        after.GetAttribute("src").ShouldBe($"/files/artifacts/{_blurred.Id}");
        after.GetAttribute("style").ShouldBe("clip-path: inset(0 0 0 50%)");
        view.Find("[data-testid=compare-dimensions]").TextContent.ShouldContain("160×120");
        view.Find("[data-testid=compare-size]").TextContent.ShouldContain("%");
    }

    [Fact]
    public void SliderInput_ShouldMoveTheClipAndTheDivider_WhenTheRangeIsDragged()
    {
        var view = RenderCompare(_source, _blurred);

        view.Find("[data-testid=compare-range]").Input("20");

        view.WaitForAssertion(() => view.Find("[data-testid=compare-after]").GetAttribute("style").ShouldBe("clip-path: inset(0 0 0 20%)"));
        view.Find(".me-compare-divider").GetAttribute("style").ShouldBe("left: 20%");
        view.Find("[data-testid=compare-range]").GetAttribute("value").ShouldBe("20");
    }

    [Fact]
    public void SideBySideMode_ShouldShowBothFilesNextToEachOther_WhenChosen()
    {
        var view = RenderCompare(_source, _blurred);

        view.Find("[data-testid=compare-mode-side]").Click();

        view.WaitForAssertion(() => view.FindAll("[data-testid=compare-slider]").ShouldBeEmpty());
        view.FindAll("[data-testid=compare-figure] img").Select(i => i.GetAttribute("src"))
            .ShouldBe([$"/files/assets/{_source.Id}", $"/files/artifacts/{_blurred.Id}"]);
    }

    [Fact]
    public void ComputeSsim_ShouldShowTheFigureFfmpegMeasured_WhenTheAfterIsABlurredCopy()
    {
        var view = RenderCompare(_source, _blurred);

        view.Find("[data-testid=compare-ssim-compute]").Click();

        view.WaitForAssertion(() => view.Find("[data-testid=compare-ssim-value]"), FfmpegWait);
        var ssim = double.Parse(view.Find("[data-testid=compare-ssim-value]").TextContent, CultureInfo.InvariantCulture);
        ssim.ShouldBeInRange(0.01, 0.99);
        view.FindAll("[data-testid=compare-ssim-error]").ShouldBeEmpty();
    }

    [Fact]
    public void ComputeSsim_ShouldSayTheFileIsGone_WhenTheOutputIsNoLongerStored()
    {
        var gone = new CompareSide(LineageSource.Artifact, Guid.NewGuid(), MediaKind.Image, "gone.out");
        var view = RenderCompare(_source, gone);
        view.Find("[data-testid=compare-error]").TextContent.ShouldContain("'gone.out' no longer exists");

        view.Find("[data-testid=compare-ssim-compute]").Click();

        view.WaitForAssertion(() => view.Find("[data-testid=compare-ssim-error]").TextContent
            .ShouldBe("SSIM could not be measured: The output 'gone.out' no longer exists; its job may have been deleted."), FfmpegWait);
        view.FindAll("[data-testid=compare-ssim-value]").ShouldBeEmpty();
    }

    [Fact]
    public void PlayBoth_ShouldStartBothVideosSideBySide_WhenTheSidesAreVideos()
    {
        var before = new CompareSide(LineageSource.Asset, Guid.NewGuid(), MediaKind.Video, "in.mp4");
        var after = new CompareSide(LineageSource.Artifact, Guid.NewGuid(), MediaKind.Video, "trim.out");
        var view = RenderCompare(before, after);
        view.Find("[data-testid=compare-mode-side]").Click();

        view.Find("[data-testid=compare-play-both]").Click();

        view.FindAll("[data-testid=compare-slider]").ShouldBeEmpty();
        view.FindAll("[data-testid=compare-figure] video").Select(v => v.GetAttribute("src"))
            .ShouldBe([$"/files/assets/{before.Id}", $"/files/artifacts/{after.Id}"]);
        view.WaitForAssertion(() => JSInterop.VerifyInvoke("HTMLMediaElement.prototype.play.call", calledTimes: 2));
        view.Find("[data-testid=compare-error]").TextContent.ShouldContain("'in.mp4' was deleted");
    }

    [Fact]
    public void Slider_ShouldLayTwoSyncedVideosOverEachOther_WhenBothSidesAreVideos()
    {
        var before = new CompareSide(LineageSource.Artifact, Guid.NewGuid(), MediaKind.Video, "v1.out");
        var after = new CompareSide(LineageSource.Artifact, Guid.NewGuid(), MediaKind.Video, "v2.out");
        var module = JSInterop.SetupModule("./js/gallery.js");
        module.Mode = JSRuntimeMode.Loose;

        var view = RenderCompare(before, after);

        var slider = view.Find("[data-testid=compare-slider]");
        slider.GetAttribute("data-kind").ShouldBe("Video");
        slider.QuerySelector("video[data-testid=compare-before]")!.GetAttribute("src").ShouldBe($"/files/artifacts/{before.Id}");
        var overlay = slider.QuerySelector("video[data-testid=compare-after]")!;
        (overlay.GetAttribute("src"), overlay.HasAttribute("muted")).ShouldBe(($"/files/artifacts/{after.Id}", true));
        view.Find("[data-testid=compare-range]").Input("35");
        view.WaitForAssertion(() => view.Find("video[data-testid=compare-after]").GetAttribute("style").ShouldBe("clip-path: inset(0 0 0 35%)"));
        view.Find("[data-testid=compare-video-controls]").QuerySelector("[data-testid=compare-seek]").ShouldNotBeNull();
        view.WaitForAssertion(() => module.VerifyInvoke("syncVideos").Arguments.Count.ShouldBe(5));
    }

    [Fact]
    public void GalleryCompare_ShouldCompareTheOutputWithItsNearestInputOfTheSameKind_WhenOpened()
    {
        var output = new GalleryItem(_blurred.Id, MediaKind.Image, "image/png", 1, 160, 120, null, "blur", "out", true, DateTime.UtcNow,
            null, null, null, null, null);
        var nearest = new LineageEntry(LineageSource.Asset, _source.Id, 1, output.Id, MediaKind.Image, "image/png", "checks.png", null, true);
        var audio = new LineageEntry(LineageSource.Asset, Guid.NewGuid(), 1, output.Id, MediaKind.Audio, "audio/wav", "voice.wav", null, true);
        var farther = new LineageEntry(LineageSource.Artifact, Guid.NewGuid(), 2, _source.Id, MediaKind.Image, "image/png", "fit.out", null, true);
        Render<MudPopoverProvider>();
        var graph = new LineageGraph(LineageNode.KeyOf(LineageNodeKind.Artifact, output.Id), [], [], Truncated: false);
        var section = Render<GalleryCompare>(p => p.Add(c => c.Lineage, new MediaEngine.Domain.Artifacts.ArtifactLineage(output, [audio, nearest, farther], [], graph)));

        section.Find("[data-testid=gallery-compare-open]").TextContent.ShouldContain("Compare with input");
        section.Find("[data-testid=gallery-compare-open]").Click();

        section.WaitForAssertion(() => section.FindComponents<CompareView>().ShouldNotBeEmpty());
        var view = section.FindComponent<CompareView>();
        (view.Instance.Before, view.Instance.After).ShouldBe((CompareSide.From(nearest), CompareSide.From(output)));
        var choice = section.FindComponent<MudSelect<CompareCandidate>>().Instance.GetState(x => x.Value);
        (choice!.Side, choice.IsInput).ShouldBe((CompareSide.From(nearest), true));
    }

    [Fact]
    public void GalleryCompare_ShouldCompareTheOutputWithItsSourceAsset_WhenAnIntermediateFileIsNearer()
    {
        var output = new GalleryItem(_blurred.Id, MediaKind.Image, "image/png", 1, 160, 120, null, "blur", "out", true, DateTime.UtcNow,
            null, null, null, null, null);
        var intermediate = new LineageEntry(LineageSource.Artifact, Guid.NewGuid(), 1, output.Id, MediaKind.Image, "image/png", "fit.out", null, true);
        var source = new LineageEntry(LineageSource.Asset, _source.Id, 2, intermediate.Id, MediaKind.Image, "image/png", "checks.png", null, true);
        Render<MudPopoverProvider>();
        var graph = new LineageGraph(LineageNode.KeyOf(LineageNodeKind.Artifact, output.Id), [], [], Truncated: false);
        var section = Render<GalleryCompare>(p => p.Add(c => c.Lineage, new MediaEngine.Domain.Artifacts.ArtifactLineage(output, [intermediate, source], [], graph)));

        section.Find("[data-testid=gallery-compare-open]").Click();

        section.WaitForAssertion(() => section.FindComponents<CompareView>().ShouldNotBeEmpty());
        var view = section.FindComponent<CompareView>();
        (view.Instance.Before, view.Instance.After).ShouldBe((CompareSide.From(source), CompareSide.From(output)));
        section.FindComponent<MudSelect<CompareCandidate>>().Instance.GetState(x => x.Value)!.Description.ShouldBe("checks.png (source asset, 2 steps back)");
    }
}
