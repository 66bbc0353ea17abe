using System.Globalization;
using MediaEngine.Domain.Entities;
using MediaEngine.Web.Components.Pages.Jobs;
using MediaEngine.Web.Services;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// What a node shows on the canvas after a test run: a picture (the server's thumbnail of an image, or of a video's
/// poster frame) at <see cref="Url"/>, or a label for audio, text and data; <see cref="Kind"/> is <c>image</c>,
/// <c>video</c>, <c>audio</c>, <c>text</c>, <c>data</c> or <c>error</c>.
/// </summary>
public sealed record CanvasPreview(string Kind, string? Url, string Label)
{
    /// <summary>The thumbnail size the canvas asks the server for (a node is about 190 pixels wide).</summary>
    public const int ThumbnailSize = 160;

    /// <summary>The first file a node wrote (with "+N" when it wrote more), or null when it wrote none.</summary>
    public static CanvasPreview? Of(IReadOnlyList<Artifact> files)
    {
        if (files.Count == 0)
        {
            return null;
        }

        var first = files[0];
        var more = files.Count > 1 ? $" +{files.Count - 1}" : string.Empty;
        return first.Kind switch
        {
            MediaKind.Image => new("image", ThumbnailEndpoints.ArtifactUrl(first.Id, ThumbnailSize), $"{first.Width}×{first.Height}{more}"),
            MediaKind.Video => new("video", ThumbnailEndpoints.ArtifactUrl(first.Id, ThumbnailSize), $"video {Seconds(first)}{more}"),
            MediaKind.Audio => new("audio", null, $"♪ audio {Seconds(first)}{more}"),
            MediaKind.Text => new("text", null, $"¶ text · {JobDisplay.Size(first.SizeBytes)}{more}"),
            _ => new("data", null, $"▦ data · {JobDisplay.Size(first.SizeBytes)}{more}"),
        };
    }

    /// <summary>A failed node's error, shown in red where its output would be.</summary>
    public static CanvasPreview Failed(string error) => new("error", null, error);

    private static string Seconds(Artifact file) =>
        file.DurationSeconds is { } s ? string.Create(CultureInfo.InvariantCulture, $"· {s:0.0} s") : string.Empty;
}
