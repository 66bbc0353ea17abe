using System.Text;
using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Tests.Media.TestSupport;

namespace MediaEngine.Pipelines.Tests.Assets;

public sealed class MediaContentSnifferTests : IDisposable
{
    private static readonly byte[] ElfHeader = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Require_ShouldRefuseNamingWhatItIsAndWhatIsAccepted_WhenExecutableIsNamedPng()
    {
        var path = _folder.File("holiday.png");
        File.WriteAllBytes(path, [.. ElfHeader, .. new byte[4000]]);

        MediaContentSniffer.Detect(path).ShouldBeNull();
        var refusal = Should.Throw<AssetRejectedException>(() => MediaContentSniffer.Require(path, "holiday.png"));

        refusal.FileName.ShouldBe("holiday.png");
        refusal.Message.ShouldStartWith("'holiday.png' was not accepted: its content is a Linux/Unix program (ELF executable)");
        refusal.Message.ShouldContain("MediaEngine accepts images (JPEG, PNG");
    }

    [Theory]
    [InlineData("MZ", "Windows program")]
    [InlineData("PK\u0003\u0004", "ZIP archive")]
    [InlineData("%PDF-1.7\n", "PDF document")]
    [InlineData("#!/bin/sh\necho hi\n", "script")]
    [InlineData("<!DOCTYPE html><html></html>", "markup")]
    [InlineData("\uFEFF  <svg xmlns=\"http://www.w3.org/2000/svg\"/>", "markup")]
    public void Detect_ShouldRefuseAndDescribe_WhenContentIsNotMedia(string start, string described)
    {
        var path = _folder.File("file.jpg");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(start), .. new byte[64]]);

        MediaContentSniffer.Detect(path).ShouldBeNull();
        MediaContentSniffer.Describe(path).ShouldContain(described);
    }

    [Fact]
    public void Detect_ShouldSayEmpty_WhenFileHasNoBytes()
    {
        var path = _folder.File("nothing.png");
        File.WriteAllBytes(path, []);

        MediaContentSniffer.Detect(path).ShouldBeNull();
        MediaContentSniffer.Describe(path).ShouldBe("empty (0 bytes)");
    }

    [Theory]
    [InlineData(MagickFormat.Png, "image/png", ".png")]
    [InlineData(MagickFormat.Jpeg, "image/jpeg", ".jpg")]
    [InlineData(MagickFormat.Gif, "image/gif", ".gif")]
    [InlineData(MagickFormat.WebP, "image/webp", ".webp")]
    [InlineData(MagickFormat.Bmp, "image/bmp", ".bmp")]
    [InlineData(MagickFormat.Tiff, "image/tiff", ".tif")]
    public void Detect_ShouldRecogniseImageByContent_WhenNameSaysSomethingElse(MagickFormat format, string mime, string extension)
    {
        var path = TestImages.Solid(_folder.File("picture.mp3"), 16, 8, MagickColors.Orange, format);

        var media = MediaContentSniffer.Detect(path).ShouldNotBeNull();

        media.ShouldBe(new SniffedMedia(MediaKind.Image, mime, extension, media.Description));
    }

    [Theory]
    [InlineData("clip.mp4", "video/mp4", MediaKind.Video, "-f", "lavfi", "-i", "testsrc=size=64x48:rate=10:duration=0.3", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p")]
    [InlineData("clip.mov", "video/quicktime", MediaKind.Video, "-f", "lavfi", "-i", "testsrc=size=64x48:rate=10:duration=0.3", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p")]
    [InlineData("clip.webm", "video/webm", MediaKind.Video, "-f", "lavfi", "-i", "testsrc=size=64x48:rate=10:duration=0.3", "-c:v", "libvpx", "-deadline", "realtime")]
    [InlineData("clip.mkv", "video/x-matroska", MediaKind.Video, "-f", "lavfi", "-i", "testsrc=size=64x48:rate=10:duration=0.3", "-c:v", "libx264", "-preset", "ultrafast")]
    [InlineData("clip.avi", "video/x-msvideo", MediaKind.Video, "-f", "lavfi", "-i", "testsrc=size=64x48:rate=10:duration=0.3", "-c:v", "mpeg4")]
    [InlineData("tone.wav", "audio/wav", MediaKind.Audio, "-f", "lavfi", "-i", "sine=duration=0.3")]
    [InlineData("tone.mp3", "audio/mpeg", MediaKind.Audio, "-f", "lavfi", "-i", "sine=duration=0.3", "-c:a", "libmp3lame")]
    [InlineData("bare.mp3", "audio/mpeg", MediaKind.Audio, "-f", "lavfi", "-i", "sine=duration=0.3", "-c:a", "libmp3lame", "-write_xing", "0", "-id3v2_version", "0")]
    [InlineData("tone.aac", "audio/aac", MediaKind.Audio, "-f", "lavfi", "-i", "sine=duration=0.3", "-c:a", "aac", "-f", "adts")]
    [InlineData("tone.flac", "audio/flac", MediaKind.Audio, "-f", "lavfi", "-i", "sine=duration=0.3")]
    [InlineData("tone.ogg", "audio/ogg", MediaKind.Audio, "-f", "lavfi", "-i", "sine=duration=0.3", "-c:a", "libvorbis")]
    [InlineData("tone.opus", "audio/opus", MediaKind.Audio, "-f", "lavfi", "-i", "sine=sample_rate=48000:duration=0.3", "-c:a", "libopus")]
    [InlineData("tone.m4a", "audio/mp4", MediaKind.Audio, "-f", "lavfi", "-i", "sine=duration=0.3", "-c:a", "aac")]
    public async Task Detect_ShouldRecogniseVideoAndAudioByContent_WhenTheExtensionIsGone(string madeAs, string mime, MediaKind kind, params string[] ffmpeg)
    {
        var made = await TestMedia.FfmpegAsync(_folder.File(madeAs), ffmpeg);
        var path = _folder.File("upload.bin");
        File.Move(made, path);

        var media = MediaContentSniffer.Detect(path).ShouldNotBeNull();

        media.Kind.ShouldBe(kind);
        media.MimeType.ShouldBe(mime);
        media.Extension.ShouldBe(MediaTypes.ExtensionFor(mime));
        media.Extension.ShouldNotBe(".bin");
    }

    [Theory]
    [InlineData("Dear reader,\nthis is a note.\nIt has, in places, commas.\n", MediaKind.Text, "text/plain", ".txt")]
    [InlineData("name,colour,size\nsky,blue,\"very, very large\"\ngrass,green,small\n", MediaKind.Data, "text/csv", ".csv")]
    [InlineData("\uFEFFid,title\r\n1,\"two\r\nlines\"\r\n2,short", MediaKind.Data, "text/csv", ".csv")]
    [InlineData("  [{\"name\": \"sky\", \"colour\": \"blue\"}]", MediaKind.Data, "application/json", ".json")]
    [InlineData("{ not json at all, just braces }", MediaKind.Text, "text/plain", ".txt")]
    [InlineData("Grüße aus Köln — ünïcödé ✓\n", MediaKind.Text, "text/plain", ".txt")]
    public void Detect_ShouldTellPlainTextCsvAndJsonApart_WhenFileIsUtf8(string content, MediaKind kind, string mime, string extension)
    {
        var path = _folder.File("words.png");
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var media = MediaContentSniffer.Detect(path).ShouldNotBeNull();

        (media.Kind, media.MimeType, media.Extension).ShouldBe((kind, mime, extension));
    }

    [Fact]
    public void Detect_ShouldRefuseText_WhenItHasANulByteFarIn()
    {
        var path = _folder.File("almost.txt");
        var bytes = Encoding.UTF8.GetBytes(new string('a', 200_000));
        bytes[150_000] = 0;
        File.WriteAllBytes(path, bytes);

        MediaContentSniffer.Detect(path).ShouldBeNull();
    }

    [Fact]
    public void Detect_ShouldRefuseText_WhenItIsNotUtf8()
    {
        var path = _folder.File("latin1.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("Gr\u00FC\u00DFe aus K\u00F6ln"));

        MediaContentSniffer.Detect(path).ShouldBeNull();
        MediaContentSniffer.Describe(path).ShouldContain("binary data of no accepted format");
    }

    [Fact]
    public void DetectBinary_ShouldNotTakeTextStartingWithBmForABitmap_WhenItHasNoBitmapHeader()
    {
        var header = Encoding.ASCII.GetBytes("BMW,Audi,Volvo\nred,blue,green\n");

        MediaContentSniffer.DetectBinary(header).ShouldBeNull();
    }
}
