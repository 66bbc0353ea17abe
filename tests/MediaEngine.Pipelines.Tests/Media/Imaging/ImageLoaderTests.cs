using ImageMagick;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Tests.Media.Imaging;

public sealed class ImageLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ImageLoader Loader(MediaLimits? limits = null) => new(Options.Create(limits ?? new MediaLimits()));

    [Fact]
    public void Load_ShouldReturnDecodedImage_WhenFileIsValidPng()
    {
        var path = TestImages.Solid(_folder.File("red.png"), 64, 48, MagickColors.Red, MagickFormat.Png);

        using var image = Loader().Load(path);

        image.Width.ShouldBe(64u);
        image.Height.ShouldBe(48u);
        image.Format.ShouldBe(MagickFormat.Png);
        image.GetPixels().GetPixel(10, 10).ToColor().ShouldNotBeNull().R.ShouldBe((byte)255);
    }

    [Fact]
    public void Ping_ShouldReturnSizeAndFormat_WhenFileIsValidPng()
    {
        var path = TestImages.Solid(_folder.File("red.png"), 64, 48, MagickColors.Red, MagickFormat.Png);

        Loader().Ping(path).ShouldBe((64, 48, "PNG"));
    }

    [Fact]
    public void Load_ShouldRefuseNamingMaxPixels_WhenImageIsOverTheConfiguredLimit()
    {
        var path = TestImages.Solid(_folder.File("big.png"), 64, 48, MagickColors.Green, MagickFormat.Png);

        var ex = Should.Throw<MediaInputException>(() => Loader(new MediaLimits { MaxPixels = 1_000 }).Load(path));

        ex.Message.ShouldBe("'big.png' cannot be used: it is 64×48 = 3,072 pixels, over the 1,000 pixel limit (MediaEngine:Media:MaxPixels)");
    }

    [Fact]
    public void Load_ShouldRefuseBeforeDecoding_WhenPngHeaderClaims40000By40000()
    {
        // A 1×1 PNG whose header says 40000×40000: decoding it would need 1.6 gigapixels; the header alone must be enough.
        var path = TestImages.PngWithFakeSize(_folder.File("bomb.png"), 40_000, 40_000);

        var ex = Should.Throw<MediaInputException>(() => Loader().Load(path));

        ex.Reason.ShouldBe("it is 40000×40000 = 1.6 gigapixels, over the 100 megapixel limit (MediaEngine:Media:MaxPixels)");
        Loader().Ping(path).ShouldBe((40_000, 40_000, "PNG"));
    }

    [Fact]
    public void Load_ShouldRefuseNamingMaxImageDimension_WhenOneSideIsTooLong()
    {
        var path = TestImages.Solid(_folder.File("strip.png"), 120, 4, MagickColors.Blue, MagickFormat.Png);

        var ex = Should.Throw<MediaInputException>(() => Loader(new MediaLimits { MaxImageDimension = 100 }).Load(path));

        ex.Reason.ShouldContain("120×4");
        ex.Reason.ShouldContain("MediaEngine:Media:MaxImageDimension");
    }

    [Fact]
    public void Load_ShouldRefuseNamingMaxFileBytes_WhenFileIsTooLarge()
    {
        var path = TestImages.Solid(_folder.File("photo.jpg"), 64, 64, MagickColors.Orange, MagickFormat.Jpeg);

        var ex = Should.Throw<MediaInputException>(() => Loader(new MediaLimits { MaxFileBytes = 100 }).Load(path));

        ex.Reason.ShouldContain("over the 100 bytes limit (MediaEngine:Media:MaxFileBytes)");
    }

    [Fact]
    public void Load_ShouldThrowMediaInputExceptionNamingFile_WhenFileIsRandomBytesNamedJpg()
    {
        var path = _folder.File("noise.jpg");
        File.WriteAllBytes(path, RandomBytes(4096, seed: 7));

        var ex = Should.Throw<MediaInputException>(() => Loader().Load(path));

        ex.Message.ShouldStartWith("'noise.jpg' cannot be used: it is not a supported image");
        ex.FilePath.ShouldBe(path);
    }

    [Fact]
    public void Load_ShouldThrowMediaInputException_WhenJpegHeaderIsFollowedByGarbage()
    {
        var path = _folder.File("broken.jpg");
        File.WriteAllBytes(path, [0xFF, 0xD8, 0xFF, 0xE0, .. RandomBytes(4096, seed: 11)]);

        var ex = Should.Throw<MediaInputException>(() => Loader().Load(path));

        ex.Message.ShouldStartWith("'broken.jpg' cannot be used: it is not a readable JPEG image");
        ex.Message.ShouldNotContain(_folder.Path);
    }

    [Fact]
    public void Load_ShouldRefuseScriptFormats_WhenSvgIsGiven()
    {
        var path = _folder.File("drawing.svg");
        File.WriteAllText(path, """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>""");

        Should.Throw<MediaInputException>(() => Loader().Load(path)).Reason.ShouldStartWith("it is not a supported image");
    }

    [Fact]
    public void Load_ShouldThrowMediaInputException_WhenFileDoesNotExist()
    {
        Should.Throw<MediaInputException>(() => Loader().Load(_folder.File("nope.png")))
            .Message.ShouldBe("'nope.png' cannot be used: it does not exist");
    }

    [Fact]
    public void Load_ShouldTurnImageUpright_WhenJpegHasExifOrientation6()
    {
        // Stored 80×40, red on the left and blue on the right; orientation 6 means "turn 90° clockwise to view",
        // so upright it is 40×80 with red on top.
        var path = TestImages.LeftRightWithOrientation(_folder.File("phone.jpg"), 80, 40, orientation: 6);

        using var image = Loader().Load(path);

        image.Width.ShouldBe(40u);
        image.Height.ShouldBe(80u);
        image.Orientation.ShouldBe(OrientationType.TopLeft);
        var pixels = image.GetPixels();
        var top = pixels.GetPixel(20, 10).ToColor().ShouldNotBeNull();
        var bottom = pixels.GetPixel(20, 70).ToColor().ShouldNotBeNull();
        top.R.ShouldBeGreaterThan((byte)200);
        top.B.ShouldBeLessThan((byte)60);
        bottom.B.ShouldBeGreaterThan((byte)200);
        bottom.R.ShouldBeLessThan((byte)60);
    }

    [Fact]
    public void Ping_ShouldReportUprightSize_WhenJpegHasExifOrientation6()
    {
        var path = TestImages.LeftRightWithOrientation(_folder.File("phone.jpg"), 80, 40, orientation: 6);

        Loader().Ping(path).ShouldBe((40, 80, "JPEG"));
    }

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x00; // never a valid image signature by chance
        return bytes;
    }
}
