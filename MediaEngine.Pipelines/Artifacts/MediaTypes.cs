using MediaEngine.Domain.Graph;

namespace MediaEngine.Pipelines.Artifacts;

/// <summary>File extensions, MIME types and port kinds of the formats MediaEngine reads and writes.</summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, (string Mime, PortKind Kind)> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = ("image/png", PortKind.Image),
        [".jpg"] = ("image/jpeg", PortKind.Image),
        [".jpeg"] = ("image/jpeg", PortKind.Image),
        [".webp"] = ("image/webp", PortKind.Image),
        [".avif"] = ("image/avif", PortKind.Image),
        [".gif"] = ("image/gif", PortKind.Image),
        [".tif"] = ("image/tiff", PortKind.Image),
        [".tiff"] = ("image/tiff", PortKind.Image),
        [".bmp"] = ("image/bmp", PortKind.Image),
        [".heic"] = ("image/heic", PortKind.Image),
        [".mp4"] = ("video/mp4", PortKind.Video),
        [".m4v"] = ("video/mp4", PortKind.Video),
        [".mov"] = ("video/quicktime", PortKind.Video),
        [".mkv"] = ("video/x-matroska", PortKind.Video),
        [".webm"] = ("video/webm", PortKind.Video),
        [".avi"] = ("video/x-msvideo", PortKind.Video),
        [".wav"] = ("audio/wav", PortKind.Audio),
        [".mp3"] = ("audio/mpeg", PortKind.Audio),
        [".m4a"] = ("audio/mp4", PortKind.Audio),
        [".aac"] = ("audio/aac", PortKind.Audio),
        [".flac"] = ("audio/flac", PortKind.Audio),
        [".ogg"] = ("audio/ogg", PortKind.Audio),
        [".opus"] = ("audio/opus", PortKind.Audio),
        [".txt"] = ("text/plain", PortKind.Text),
        [".md"] = ("text/markdown", PortKind.Text),
        [".csv"] = ("text/csv", PortKind.Data),
        [".json"] = ("application/json", PortKind.Data),
    };

    public static string MimeFor(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var entry) ? entry.Mime : "application/octet-stream";

    public static PortKind? KindFor(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var entry) ? entry.Kind : null;

    /// <summary>The usual extension for a MIME type (".webp" for image/webp).</summary>
    public static string ExtensionFor(string mime) =>
        ByExtension.FirstOrDefault(e => e.Value.Mime == mime).Key ?? ".bin";
}
