using System.Buffers.Binary;
using System.Text;
using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// Tells what a file is from its content, never from its name: image, video and audio formats by their leading bytes,
/// UTF-8 text (plain, CSV, JSON) by reading it through. Anything else (programs, archives, documents, markup, unknown
/// binary) is refused, and <see cref="Describe"/> says what it looks like instead.
/// </summary>
public static class MediaContentSniffer
{
    /// <summary>What is accepted, for messages.</summary>
    public const string Accepted =
        "images (JPEG, PNG, GIF, WebP, BMP, TIFF, HEIC, AVIF), video (MP4, MOV, WebM, Matroska, AVI), "
        + "audio (WAV, MP3, AAC, FLAC, Ogg, Opus, M4A) and UTF-8 text (plain text, CSV, JSON)";

    /// <summary>How many leading bytes are read to recognise a binary format.</summary>
    public const int HeaderLength = 4096;

    private static readonly SniffedMedia Jpeg = Media(MediaKind.Image, "image/jpeg", "JPEG image");
    private static readonly SniffedMedia Png = Media(MediaKind.Image, "image/png", "PNG image");
    private static readonly SniffedMedia Gif = Media(MediaKind.Image, "image/gif", "GIF image");
    private static readonly SniffedMedia WebP = Media(MediaKind.Image, "image/webp", "WebP image");
    private static readonly SniffedMedia Bmp = Media(MediaKind.Image, "image/bmp", "BMP image");
    private static readonly SniffedMedia Tiff = Media(MediaKind.Image, "image/tiff", "TIFF image");
    private static readonly SniffedMedia Heic = Media(MediaKind.Image, "image/heic", "HEIC image");
    private static readonly SniffedMedia Avif = Media(MediaKind.Image, "image/avif", "AVIF image");
    private static readonly SniffedMedia Mp4 = Media(MediaKind.Video, "video/mp4", "MP4 video");
    private static readonly SniffedMedia QuickTime = Media(MediaKind.Video, "video/quicktime", "QuickTime (MOV) video");
    private static readonly SniffedMedia WebM = Media(MediaKind.Video, "video/webm", "WebM video");
    private static readonly SniffedMedia Matroska = Media(MediaKind.Video, "video/x-matroska", "Matroska (MKV) video");
    private static readonly SniffedMedia Avi = Media(MediaKind.Video, "video/x-msvideo", "AVI video");
    private static readonly SniffedMedia Wav = Media(MediaKind.Audio, "audio/wav", "WAV audio");
    private static readonly SniffedMedia Mp3 = Media(MediaKind.Audio, "audio/mpeg", "MP3 audio");
    private static readonly SniffedMedia Aac = Media(MediaKind.Audio, "audio/aac", "AAC audio");
    private static readonly SniffedMedia Flac = Media(MediaKind.Audio, "audio/flac", "FLAC audio");
    private static readonly SniffedMedia Ogg = Media(MediaKind.Audio, "audio/ogg", "Ogg audio");
    private static readonly SniffedMedia Opus = Media(MediaKind.Audio, "audio/opus", "Opus audio");
    private static readonly SniffedMedia M4a = Media(MediaKind.Audio, "audio/mp4", "M4A audio");

    private static readonly HashSet<string> Mp4Brands = new(StringComparer.Ordinal)
    {
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8", "iso9", "mp41", "mp42", "mp71", "avc1",
        "dash", "M4V ", "M4VH", "M4VP", "f4v ", "mmp4", "MSNV", "NDAS", "XAVC",
    };

    private static ReadOnlySpan<byte> TheoraHeader => [0x80, (byte)'t', (byte)'h', (byte)'e', (byte)'o', (byte)'r', (byte)'a'];

    private static readonly HashSet<string> M4aBrands = new(StringComparer.Ordinal) { "M4A ", "M4B ", "M4P " };

    /// <summary>The media in the file, or null when it is not something MediaEngine accepts.</summary>
    public static SniffedMedia? Detect(string path) => Sniff(path).Media;

    /// <summary>What the file looks like, accepted or not: "PNG image", "a Linux/Unix program (ELF executable)", "empty (0 bytes)".</summary>
    public static string Describe(string path) => Sniff(path).What;

    /// <summary>The media in the file.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="fileName">The name people know the file by, for the message.</param>
    /// <exception cref="AssetRejectedException">The content is not accepted; says what it looks like and what is accepted.</exception>
    public static SniffedMedia Require(string path, string fileName)
    {
        var (media, what) = Sniff(path);
        return media ?? throw new AssetRejectedException(fileName,
            $"its content is {what}, which is not accepted whatever the file is called. MediaEngine accepts {Accepted}");
    }

    /// <summary>Recognises the binary media formats (not text) from a file's leading bytes; null when none matches.</summary>
    public static SniffedMedia? DetectBinary(ReadOnlySpan<byte> header)
    {
        if (ImageFormatSniffer.Detect(header) is { } image)
        {
            return image switch
            {
                MagickFormat.Jpeg => Jpeg,
                MagickFormat.Png => Png,
                MagickFormat.Gif => Gif,
                MagickFormat.WebP => WebP,
                MagickFormat.Bmp => LooksLikeBmp(header) ? Bmp : null,
                MagickFormat.Tiff => Tiff,
                MagickFormat.Heic => Heic,
                MagickFormat.Avif => Avif,
                _ => null,
            };
        }

        return IsoMedia(header)
            ?? Ebml(header)
            ?? Riff(header)
            ?? (header.StartsWith("fLaC"u8) ? Flac : null)
            ?? OggStream(header)
            ?? MpegAudio(header);
    }

    private static (SniffedMedia? Media, string What) Sniff(string path)
    {
        var header = new byte[HeaderLength];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None))
        {
            read = stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        }

        var h = header.AsSpan(0, read);
        if (read == 0)
        {
            return (null, "empty (0 bytes)");
        }

        if (DetectBinary(h) is { } media)
        {
            return (media, media.Description);
        }

        if (ForeignContent.Describe(h) is { } foreign)
        {
            return (null, foreign);
        }

        if (TextContentSniffer.Detect(path) is { } text)
        {
            return (text, text.Description);
        }

        return (null, $"binary data of no accepted format (it starts with {Convert.ToHexString(h[..Math.Min(8, h.Length)])})");
    }

    private static SniffedMedia Media(MediaKind kind, string mime, string description) =>
        new(kind, mime, MediaTypes.ExtensionFor(mime), description);

    private static bool LooksLikeBmp(ReadOnlySpan<byte> h) =>
        h.Length >= 18 && BinaryPrimitives.ReadUInt32LittleEndian(h[14..18]) is 12 or 16 or 40 or 52 or 56 or 64 or 108 or 124;

    /// <summary>ISO base media (MP4, MOV, M4A) by the brands of its <c>ftyp</c> box.</summary>
    private static SniffedMedia? IsoMedia(ReadOnlySpan<byte> h)
    {
        var brands = IsoBrands(h);
        if (brands.Count == 0)
        {
            return null;
        }

        var major = brands[0];
        if (major == "qt  ")
        {
            return QuickTime;
        }

        if (M4aBrands.Contains(major))
        {
            return M4a;
        }

        return brands.Any(Mp4Brands.Contains) ? Mp4 : brands.Contains("qt  ") ? QuickTime : null;
    }

    /// <summary>The major brand then the compatible brands of an ISO media <c>ftyp</c> box; empty when there is none.</summary>
    internal static List<string> IsoBrands(ReadOnlySpan<byte> h)
    {
        if (h.Length < 12 || !h[4..8].SequenceEqual("ftyp"u8))
        {
            return [];
        }

        var end = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(h), (uint)h.Length);
        List<string> brands = [Encoding.Latin1.GetString(h[8..12])];
        for (var at = 16; at + 4 <= end; at += 4)
        {
            brands.Add(Encoding.Latin1.GetString(h[at..(at + 4)]));
        }

        return brands;
    }

    /// <summary>WebM and Matroska: an EBML header whose DocType says which.</summary>
    private static SniffedMedia? Ebml(ReadOnlySpan<byte> h)
    {
        if (!h.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return null;
        }

        var start = h[..Math.Min(h.Length, 64)];
        return start.IndexOf("webm"u8) >= 0 ? WebM : start.IndexOf("matroska"u8) >= 0 ? Matroska : null;
    }

    private static SniffedMedia? Riff(ReadOnlySpan<byte> h)
    {
        if (h.Length < 12 || !(h.StartsWith("RIFF"u8) || h.StartsWith("RF64"u8)))
        {
            return null;
        }

        var form = h[8..12];
        return form.SequenceEqual("WAVE"u8) ? Wav : form.SequenceEqual("AVI "u8) ? Avi : null;
    }

    private static SniffedMedia? OggStream(ReadOnlySpan<byte> h)
    {
        if (h.Length < 28 || !h.StartsWith("OggS"u8) || h[4] != 0)
        {
            return null;
        }

        var first = h[..Math.Min(h.Length, 128)];
        if (first.IndexOf(TheoraHeader) >= 0)
        {
            return null; // Ogg Theora video: refused (ForeignContent says so)
        }

        return first.IndexOf("OpusHead"u8) >= 0 ? Opus : Ogg;
    }

    /// <summary>MP3 (an ID3v2 tag or an MPEG audio frame header) or ADTS AAC (a frame header with layer 0).</summary>
    private static SniffedMedia? MpegAudio(ReadOnlySpan<byte> h)
    {
        if (h.Length >= 10 && h.StartsWith("ID3"u8) && h[3] is >= 2 and <= 4 && h[6] < 0x80 && h[7] < 0x80 && h[8] < 0x80 && h[9] < 0x80)
        {
            return Mp3;
        }

        if (h.Length < 4 || h[0] != 0xFF || (h[1] & 0xE0) != 0xE0)
        {
            return null;
        }

        var version = (h[1] >> 3) & 3;
        var layer = (h[1] >> 1) & 3;
        if (layer == 0)
        {
            // ADTS: 12 sync bits, then MPEG version, layer 00; the sampling frequency index must be a real one.
            return (h[1] & 0xF0) == 0xF0 && ((h[2] >> 2) & 0xF) < 13 ? Aac : null;
        }

        var bitrateIndex = h[2] >> 4;
        var sampleRateIndex = (h[2] >> 2) & 3;
        return version != 1 && bitrateIndex != 0xF && sampleRateIndex != 3 ? Mp3 : null;
    }
}
