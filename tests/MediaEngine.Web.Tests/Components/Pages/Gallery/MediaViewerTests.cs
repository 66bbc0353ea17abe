using Bunit;
using MediaEngine.Domain.Entities;
using MediaEngine.Web.Components.Pages.Gallery;
using MediaEngine.Web.Tests.Support;

namespace MediaEngine.Web.Tests.Components.Pages.Gallery;

public sealed class MediaViewerTests : MudBunitContext
{
    private readonly Guid _id = Guid.NewGuid();

    [Fact]
    public void Video_ShouldStepOneFrameAtTheMeasuredRate_WhenTheFrameButtonsArePressed()
    {
        var module = JSInterop.SetupModule("./js/gallery.js");
        var stepper = module.SetupModule("initFrameStepper", _ => true);
        stepper.SetupVoid("step", _ => true).SetVoidResult();

        var viewer = Render<MediaViewer>(p => p.Add(v => v.ArtifactId, _id).Add(v => v.Url, "/files/artifacts/x").Add(v => v.Kind, MediaKind.Video)
            .Add(v => v.FrameRate, 29.97));

        viewer.WaitForAssertion(() => module.VerifyInvoke("initFrameStepper").Arguments[2].ShouldBe(29.97));
        viewer.Find("[data-testid=frame-next]").Click();
        viewer.Find("[data-testid=frame-previous]").Click();

        viewer.WaitForAssertion(() => stepper.VerifyInvoke("step", calledTimes: 2).Select(i => i.Arguments[0]).ShouldBe([1, -1]));
        viewer.Find("[data-testid=video-stage] video").GetAttribute("src").ShouldBe("/files/artifacts/x");
        viewer.Markup.ShouldContain("29.97 fps");
    }

    [Fact]
    public void Video_ShouldOfferNoStepping_WhenTheFrameRateIsUnknown()
    {
        var viewer = Render<MediaViewer>(p => p.Add(v => v.ArtifactId, _id).Add(v => v.Url, "/files/artifacts/x").Add(v => v.Kind, MediaKind.Video)
            .Add(v => v.FrameRateNote, "ffprobe reports no frame rate"));

        viewer.FindAll("[data-testid=frame-next]").ShouldBeEmpty();
        viewer.Find("[data-testid=frame-unknown]").TextContent.ShouldBe("ffprobe reports no frame rate");
    }

    [Fact]
    public void Image_ShouldZoomThroughTheBrowserController_WhenFitAnd100PercentArePressed()
    {
        var module = JSInterop.SetupModule("./js/gallery.js");
        var zoom = module.SetupModule("initZoom", _ => true);
        zoom.SetupVoid(_ => true).SetVoidResult();

        var viewer = Render<MediaViewer>(p => p.Add(v => v.ArtifactId, _id).Add(v => v.Url, "/files/artifacts/y").Add(v => v.Kind, MediaKind.Image));
        viewer.WaitForAssertion(() => module.VerifyInvoke("initZoom"));
        viewer.Find("[data-testid=zoom-actual]").Click();
        viewer.Find("[data-testid=zoom-fit]").Click();
        viewer.Find("[data-testid=zoom-in]").Click();

        viewer.WaitForAssertion(() => zoom.VerifyInvoke("zoomIn"));
        zoom.VerifyInvoke("actual");
        zoom.VerifyInvoke("fit", calledTimes: 1);
        viewer.Find("[data-testid=zoom-stage] img").GetAttribute("src").ShouldBe("/files/artifacts/y");
    }

    [Fact]
    public void Audio_ShouldPlayUnderItsWaveform_WhenTheFileIsAudio()
    {
        var viewer = Render<MediaViewer>(p => p.Add(v => v.ArtifactId, _id).Add(v => v.Url, "/files/artifacts/z").Add(v => v.Kind, MediaKind.Audio));

        viewer.Find("[data-testid=audio-player]").GetAttribute("src").ShouldBe("/files/artifacts/z");
        viewer.Find("[data-testid=media-thumb] img").GetAttribute("src").ShouldBe($"/files/artifacts/{_id}/thumbnail?size=640");
    }
}
