using System.Text.Json.Nodes;
using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Nodes.Video;
using MediaEngine.Pipelines.Tests.Media.TestSupport;

namespace MediaEngine.Pipelines.Tests.Nodes.Video;

public sealed class ScaleCropNodeTests : IDisposable
{
    private readonly NodeBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Fact]
    public async Task ScaleCrop_ShouldFillAPortraitFrameByCroppingTheCentre_WhenModeIsCrop()
    {
        // Left half red, right half blue: a centre crop to 9:16 keeps the middle, where the two meet.
        var source = await TestMedia.FfmpegAsync(_bench.Media.File("halves.mp4"),
            "-f", "lavfi", "-i", "color=c=red:size=160x120:rate=30:duration=1", "-f", "lavfi", "-i", "sine=duration=1",
            "-vf", "drawbox=x=80:y=0:w=80:h=120:color=blue:t=fill", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac");

        var outputs = await _bench.RunAsync("video.scale-crop", """{"aspect":"Portrait9x16","height":240,"mode":"Crop"}""",
            NodeBench.On("video", NodeBench.Artifact(source, PortKind.Video, durationSeconds: 1)));

        var (file, info) = await _bench.SingleAsync(outputs, "video");
        (info.Video!.Width, info.Video.Height).ShouldBe((136, 240));
        (file.Width, file.Height).ShouldBe((136, 240));
        info.Video.Codec.ShouldBe("h264");
        info.Audio.ShouldNotBeNull("the sound is kept");
        using var frame = await FirstFrameAsync(file.FilePath);
        IsRed(frame.GetPixels().GetPixel(5, 120).ToColor()!).ShouldBeTrue("the left edge of the crop is in the red half");
        IsRed(frame.GetPixels().GetPixel(130, 120).ToColor()!).ShouldBeFalse("the right edge of the crop is in the blue half");
    }

    [Fact]
    public async Task ScaleCrop_ShouldFitThePictureAndPadWithTheColour_WhenModeIsPad()
    {
        var source = await TestMedia.VideoAsync(_bench.Media.File("wide.mp4"), seconds: 1, width: 160, height: 120);

        var outputs = await _bench.RunAsync("video.scale-crop", """{"aspect":"Square1x1","height":120,"mode":"Pad","padColour":"#ff0000"}""",
            NodeBench.On("video", NodeBench.Artifact(source, PortKind.Video)));

        var (file, info) = await _bench.SingleAsync(outputs, "video");
        (info.Video!.Width, info.Video.Height).ShouldBe((120, 120));
        info.Audio.ShouldBeNull("a silent source stays silent");
        using var frame = await FirstFrameAsync(file.FilePath);
        IsRed(frame.GetPixels().GetPixel(60, 3).ToColor()!).ShouldBeTrue("a 120×90 picture leaves a 15 px red bar on top");
        IsRed(frame.GetPixels().GetPixel(60, 116).ToColor()!).ShouldBeTrue("and one at the bottom");
    }

    [Theory]
    [InlineData(AspectRatio.Landscape16x9, 1080, 1920)]
    [InlineData(AspectRatio.Portrait9x16, 1080, 608)]
    [InlineData(AspectRatio.Square1x1, 1080, 1080)]
    [InlineData(AspectRatio.Portrait4x5, 1080, 864)]
    [InlineData(AspectRatio.Landscape16x9, 720, 1280)]
    public void WidthOf_ShouldFollowTheAspectAndBeEven(AspectRatio aspect, int height, int width)
    {
        ScaleCropNode.WidthOf(aspect, height).ShouldBe(width);
    }

    [Theory]
    [InlineData("""{"height":1081}""", "Height must be an even number")]
    [InlineData("""{"height":8}""", "Height must be between 16 and 4320 pixels.")]
    [InlineData("""{"padColour":"black"}""", "#rrggbb")]
    [InlineData("""{"aspect":"Cinema"}""", "aspect")]
    public void ValidateSettings_ShouldExplain_WhenASettingIsWrong(string json, string expected)
    {
        _bench.Catalog.ValidateSettings("video.scale-crop", JsonNode.Parse(json)!.AsObject()).ShouldHaveSingleItem().ShouldContain(expected);
    }

    private async Task<MagickImage> FirstFrameAsync(string video) =>
        new(await TestMedia.FfmpegAsync(_bench.Media.File(Guid.NewGuid().ToString("N") + ".png"), "-i", video, "-frames:v", "1"));

    private static bool IsRed(IMagickColor<byte> colour) => colour.R > 200 && colour.G < 60 && colour.B < 60;
}
