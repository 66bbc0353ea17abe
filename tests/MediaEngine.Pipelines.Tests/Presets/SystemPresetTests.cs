using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Support;

namespace MediaEngine.Pipelines.Tests.Presets;

/// <summary>The shipped presets, end to end, on media the tests make.</summary>
public sealed class SystemPresetTests : PresetTestBase
{
    [Fact]
    public void EverySystemPreset_ShouldBeValidAgainstTheCatalog()
    {
        Presets.Ids.ShouldNotBeEmpty();
        foreach (var id in Presets.Ids)
        {
            GraphValidator.Validate(Presets.Get(id), Engine.Catalog).ShouldBeEmpty(id);
        }
    }

    [Fact]
    public async Task WebImages_ShouldAutoOrientFitAndConvert_WithoutTouchingTheSource()
    {
        // 3000×2000 stored sideways (EXIF orientation 6): upright it is 2000×3000.
        var source = TestImages.LeftRightWithOrientation(Media.File("photo.jpg"), 3000, 2000, orientation: 6);
        var before = await ArtifactStore.HashAsync(source, TestContext.Current.CancellationToken);

        var result = await RunPresetAsync("web-images", "image", PortKind.Image, source);

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Failures.Select(f => f.Error)));
        using var web = new MagickImage(result.Outputs["web"].ShouldHaveSingleItem().Path);
        web.Format.ShouldBe(MagickFormat.WebP);
        (web.Width, web.Height).ShouldBe((1280u, 1920u));
        using var thumb = new MagickImage(result.Outputs["thumbnail"].ShouldHaveSingleItem().Path);
        thumb.Format.ShouldBe(MagickFormat.Jpeg);
        Math.Max(thumb.Width, thumb.Height).ShouldBe(320u);
        thumb.GetExifProfile().ShouldBeNull("thumbnails carry no metadata");
        (await ArtifactStore.HashAsync(source, TestContext.Current.CancellationToken)).ShouldBe(before, "source files are never modified");
    }

    [Fact]
    public async Task WebImages_ShouldNotUpscale_ASmallImage()
    {
        var source = TestImages.Solid(Media.File("small.png"), 800, 600, MagickColors.Teal, MagickFormat.Png);

        var result = await RunPresetAsync("web-images", "image", PortKind.Image, source);

        using var web = new MagickImage(result.Outputs["web"][0].Path);
        (web.Width, web.Height).ShouldBe((800u, 600u));
    }

    [Fact]
    public async Task WebImages_ShouldFailTheInputNodeNamingTheFile_WhenTheImageIsCorrupt()
    {
        var source = Media.File("broken.jpg");
        await File.WriteAllBytesAsync(source, [0xFF, 0xD8, 0xFF, 0x00, 0x13, 0x37, 0x42], TestContext.Current.CancellationToken);

        var result = await RunPresetAsync("web-images", "image", PortKind.Image, source);

        result.Nodes["source"].State.ShouldBe(NodeRunState.Failed);
        result.Nodes["source"].Error.ShouldNotBeNull().ShouldContain(".jpg");
        result.Nodes["fit"].State.ShouldBe(NodeRunState.Skipped);
        result.Outputs.ShouldBeEmpty();
    }

    [Fact]
    public async Task TranscodeWeb_ShouldMakeAnH264Mp4NoTallerThan1080_AndAPoster()
    {
        var source = await TestMedia.VideoAsync(Media.File("clip.mov"), seconds: 2, width: 1280, height: 720, withAudio: true);

        var result = await RunPresetAsync("transcode-web", "video", PortKind.Video, source);

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Failures.Select(f => f.Error)));
        var video = result.Outputs["video"].ShouldHaveSingleItem();
        video.MimeType.ShouldBe("video/mp4");
        var info = await new MediaProbe(ToolProbes.Real()).ProbeAsync(video.Path, TestContext.Current.CancellationToken);
        info.Video!.Codec.ShouldBe("h264");
        info.Video.Height.ShouldBe(720);
        info.Audio!.Codec.ShouldBe("aac");
        info.DurationSeconds!.Value.ShouldBe(2, tolerance: 0.2);
        using var poster = new MagickImage(result.Outputs["poster"].ShouldHaveSingleItem().Path);
        (poster.Width, poster.Height).ShouldBe((1280u, 720u));
    }

}
