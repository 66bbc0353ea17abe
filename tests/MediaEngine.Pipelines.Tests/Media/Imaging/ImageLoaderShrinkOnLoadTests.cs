using ImageMagick;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Tests.Media.TestSupport;

namespace MediaEngine.Pipelines.Tests.Media.Imaging;

public sealed class ImageLoaderShrinkOnLoadTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ImageLoader _loader = new(Microsoft.Extensions.Options.Options.Create(new MediaLimits()));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_ShouldDecodeAJpegAtAReducedScaleThatStillCoversTheHint()
    {
        var path = TestImages.Solid(_folder.File("big.jpg"), 4000, 3000, MagickColors.Olive, MagickFormat.Jpeg);

        using var image = _loader.Load(path, atLeast: 1000);

        image.Width.ShouldBeLessThan(4000u);
        Math.Min(image.Width, image.Height).ShouldBeGreaterThanOrEqualTo(1000u);
        (image.Width * 3).ShouldBe(image.Height * 4, "the aspect ratio is kept");
    }

    [Fact]
    public void Load_ShouldDecodeFullSize_WhenNoHintIsGivenOrTheFormatIsNotJpeg()
    {
        var jpeg = TestImages.Solid(_folder.File("big.jpg"), 2000, 1000, MagickColors.Olive, MagickFormat.Jpeg);
        var png = TestImages.Solid(_folder.File("big.png"), 2000, 1000, MagickColors.Olive, MagickFormat.Png);

        using var full = _loader.Load(jpeg);
        using var pngHinted = _loader.Load(png, atLeast: 100);

        full.Width.ShouldBe(2000u);
        pngHinted.Width.ShouldBe(2000u);
    }
}
