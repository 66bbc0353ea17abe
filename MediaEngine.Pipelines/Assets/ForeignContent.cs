using System.Text;

namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// Names the common things that are not media (programs, archives, documents, markup, unaccepted containers) from
/// their leading bytes, so a refusal can say what was actually sent.
/// </summary>
internal static class ForeignContent
{
    private static readonly (byte[] Signature, string What)[] Signatures =
    [
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "a Linux/Unix program (ELF executable)"),
        ("MZ"u8.ToArray(), "a Windows program or library (PE/MZ executable)"),
        ([0xFE, 0xED, 0xFA, 0xCE], "a macOS program (Mach-O executable)"),
        ([0xFE, 0xED, 0xFA, 0xCF], "a macOS program (Mach-O executable)"),
        ([0xCE, 0xFA, 0xED, 0xFE], "a macOS program (Mach-O executable)"),
        ([0xCF, 0xFA, 0xED, 0xFE], "a macOS program (Mach-O executable)"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "a macOS universal program or a Java class file"),
        ("\0asm"u8.ToArray(), "a WebAssembly module"),
        ("#!"u8.ToArray(), "a script (it starts with #!)"),
        ("PK\u0003\u0004"u8.ToArray(), "a ZIP archive (or a document, JAR or APK packed as one)"),
        ("PK\u0005\u0006"u8.ToArray(), "a ZIP archive (empty)"),
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ("SQLite format 3\0"u8.ToArray(), "an SQLite database"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Microsoft Office document"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
    ];

    private static readonly string[] MarkupStarts = ["<svg", "<?xml", "<!doctype", "<html", "<script", "<head", "<body"];

    /// <summary>What the content is, when it is recognisably not accepted media; null when it is not recognised.</summary>
    public static string? Describe(ReadOnlySpan<byte> h)
    {
        foreach (var (signature, what) in Signatures)
        {
            if (h.StartsWith(signature))
            {
                return what;
            }
        }

        var brands = MediaContentSniffer.IsoBrands(h);
        if (brands.Count > 0)
        {
            return $"an ISO media file of brand '{brands[0].Trim()}' that is neither MP4, MOV, M4A, HEIC nor AVIF";
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return "an EBML file that is neither WebM nor Matroska";
        }

        if (h.Length >= 12 && (h.StartsWith("RIFF"u8) || h.StartsWith("RF64"u8)))
        {
            return $"a RIFF file of type '{Encoding.Latin1.GetString(h[8..12]).Trim()}' (only WAV, AVI and WebP are accepted)";
        }

        if (h.StartsWith("OggS"u8))
        {
            return "an Ogg stream that is not audio, such as Theora video (convert it to MP4 or WebM)";
        }

        return IsMarkup(h) ? "markup (HTML, XML or SVG), which is not accepted as text" : null;
    }

    private static bool IsMarkup(ReadOnlySpan<byte> h)
    {
        var start = h.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? h[3..] : h;
        var text = Encoding.UTF8.GetString(start[..Math.Min(start.Length, 64)]).TrimStart();
        return MarkupStarts.Any(m => text.StartsWith(m, StringComparison.OrdinalIgnoreCase));
    }
}
