using System.Globalization;
using FFMpegCore;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Media.FFmpeg;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Artifacts;

/// <summary>
/// Small JPEG posters of stored videos for thumbnails (the workbench canvas): one frame, at most 320 pixels wide, made
/// once with ffmpeg and kept under <c>&lt;DataPath&gt;/posters/ab/&lt;sha256&gt;.jpg</c>, apart from the artifacts (a
/// poster is a view, not something a job wrote).
/// </summary>
public sealed class ArtifactPosters(ArtifactStore store, IFfmpegRunner ffmpeg, IOptions<MediaEngineOptions> options)
{
    /// <summary>The poster width in pixels.</summary>
    public const int Width = 320;

    private readonly string _root = Path.Combine(options.Value.FullDataPath, "posters");

    /// <summary>The poster of the stored video with this content, made on first use; null when the video is not stored.</summary>
    /// <param name="sha256">The video's content hash.</param>
    /// <param name="durationSeconds">Its duration, when known: the frame is taken at 1 s, or halfway through a shorter video.</param>
    /// <param name="cancellationToken">Cancels making the poster.</param>
    /// <exception cref="Media.MediaToolException">ffmpeg could not read the video.</exception>
    public async Task<string?> PosterOfAsync(string sha256, double? durationSeconds, CancellationToken cancellationToken)
    {
        var video = store.Find(sha256);
        if (video is null)
        {
            return null;
        }

        var poster = Path.Combine(_root, sha256[..2], sha256 + ".jpg");
        if (File.Exists(poster))
        {
            return poster;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(poster)!);
        var at = durationSeconds is { } d && d < 2 ? d / 2 : 1;
        var temporary = Path.Combine(Path.GetDirectoryName(poster)!, $"{sha256}.{Guid.NewGuid():N}.jpg");
        await ffmpeg.RunAsync(
            FFMpegArguments.FromFileInput(video, verifyExists: true, o => o.WithCustomArgument($"-ss {at.ToString("0.###", CultureInfo.InvariantCulture)}")),
            temporary,
            o => o.WithCustomArgument($"-frames:v 1 -vf scale={Width}:-2 -q:v 4"),
            null,
            null,
            cancellationToken);
        File.Move(temporary, poster, overwrite: true);
        return poster;
    }
}
