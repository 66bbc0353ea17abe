using System.Globalization;
using MediaEngine.Domain.Artifacts;
using MediaEngine.Web.Components.Shared;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>The addresses and captions the gallery uses for an output and its lineage.</summary>
public static class GalleryDisplay
{
    public static string FileUrl(Guid artifactId) => $"/files/artifacts/{artifactId}";

    public static string DownloadUrl(Guid artifactId) => $"/files/artifacts/{artifactId}?download=1";

    public static string JobZipUrl(Guid jobId) => $"/files/jobs/{jobId}/outputs.zip";

    public static string JobUrl(Guid jobId) => $"/jobs/{jobId}";

    public static string PresetUrl(string slug) => $"/presets/{Uri.EscapeDataString(slug)}";

    /// <summary>The preset's page showing this version's graph.</summary>
    public static string PresetVersionUrl(string slug, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"/presets/{Uri.EscapeDataString(slug)}?version={version}");

    /// <summary>The page of one artifact (published or intermediate): its preview, comparison and lineage.</summary>
    public static string ArtifactUrl(Guid artifactId) => $"/artifacts/{artifactId}";

    /// <summary>The Run page with the job's preset version and input assets chosen already.</summary>
    public static string RunAgainUrl(Guid jobId) => $"/jobs/new?from={jobId}";

    /// <summary>Where a lineage entry's file is served: an artifact or a source asset.</summary>
    public static string FileUrl(LineageEntry entry) =>
        entry.Source == LineageSource.Asset ? $"/files/assets/{entry.Id}" : FileUrl(entry.Id);

    /// <summary>"web-images@3", or an em dash when the preset version is gone.</summary>
    public static string PresetLabel(GalleryItem item) =>
        item.PresetSlug is null ? "—" : string.Create(CultureInfo.InvariantCulture, $"{item.PresetSlug}@{item.PresetVersion}");

    /// <summary>"image/webp · 1.2 MB · 1600×900 · 0:05": what is known of the file.</summary>
    public static string Facts(GalleryItem item)
    {
        var facts = new List<string> { item.MimeType, MediaDisplay.Size(item.SizeBytes) };
        if (item.Width is { } w && item.Height is { } h)
        {
            facts.Add(string.Create(CultureInfo.InvariantCulture, $"{w}×{h}"));
        }

        if (item.DurationSeconds is { } seconds)
        {
            facts.Add(Duration(seconds));
        }

        return string.Join(" · ", facts);
    }

    /// <summary>"0:05", "1:02:03".</summary>
    public static string Duration(double seconds)
    {
        var time = TimeSpan.FromSeconds(Math.Round(seconds));
        return time.TotalHours >= 1
            ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }

    public static string Created(DateTime createdAtUtc) =>
        createdAtUtc.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
