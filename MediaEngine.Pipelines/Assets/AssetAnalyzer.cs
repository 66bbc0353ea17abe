using System.Globalization;
using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Media.Probing;

namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// Reads what an asset contains once its type is known: image dimensions from the header (limits checked before the
/// pixels are decoded, then a decode to prove it is readable), ffprobe's view of video and audio. Refuses what is over a
/// limit, corrupt or unreadable with an <see cref="AssetRejectedException"/>.
/// </summary>
internal sealed class AssetAnalyzer(IImageLoader images, IMediaProbe probe, MediaLimits limits)
{
    /// <summary>What was found in a file.</summary>
    public sealed record Analysis(SniffedMedia Media, int? Width, int? Height, double? DurationSeconds, MediaInfo? Info);

    private static readonly SniffedMedia M4a = new(MediaKind.Audio, "audio/mp4", MediaTypes.ExtensionFor("audio/mp4"), "M4A audio");

    /// <param name="path">The file, with the extension of <paramref name="media"/>.</param>
    /// <param name="fileName">The name people know the file by, for messages.</param>
    /// <param name="media">What the content was sniffed as.</param>
    public async Task<Analysis> AnalyseAsync(string path, string fileName, SniffedMedia media, CancellationToken cancellationToken) =>
        media.Kind switch
        {
            MediaKind.Image => await AnalyseImageAsync(path, fileName, media, cancellationToken),
            MediaKind.Video or MediaKind.Audio => await AnalyseStreamsAsync(path, fileName, media, cancellationToken),
            _ => new Analysis(media, null, null, null, null),
        };

    public void CheckFileSize(string fileName, long length)
    {
        if (length == 0)
        {
            throw new AssetRejectedException(fileName, "it is empty (0 bytes)");
        }

        if (length > limits.MaxFileBytes)
        {
            throw new AssetRejectedException(fileName,
                $"it is {ImageLoader.FormatBytes(length)}, over the {ImageLoader.FormatBytes(limits.MaxFileBytes)} limit ({MediaLimits.KeyOf(nameof(MediaLimits.MaxFileBytes))})");
        }
    }

    private async Task<Analysis> AnalyseImageAsync(string path, string fileName, SniffedMedia media, CancellationToken cancellationToken)
    {
        int width, height;
        try
        {
            // The header only: nothing is decoded until the size is known to be within the limits.
            (width, height, _) = images.Ping(path);
            CheckDimensions(fileName, width, height);
            using var decoded = images.Load(path, atLeast: 64);
        }
        catch (MediaInputException ex)
        {
            throw Rejected(ex, path, fileName);
        }

        // ffprobe's view (codec, pixel format) is a bonus for images: Magick.NET has read it, so a failure here is not a refusal.
        MediaInfo? info;
        try
        {
            info = await probe.ProbeAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is MediaInputException or MediaToolException or InvalidOperationException)
        {
            info = null;
        }

        return new Analysis(media, width, height, null, info);
    }

    private async Task<Analysis> AnalyseStreamsAsync(string path, string fileName, SniffedMedia media, CancellationToken cancellationToken)
    {
        MediaInfo info;
        try
        {
            info = await probe.ProbeAsync(path, cancellationToken);
        }
        catch (MediaInputException ex)
        {
            throw Rejected(ex, path, fileName);
        }

        if (media.Kind == MediaKind.Video && info.Video is null)
        {
            // A video container holding only sound (an .mp4 of a podcast) is audio.
            media = media.MimeType is "video/mp4" or "video/quicktime"
                ? M4a
                : media with { Kind = MediaKind.Audio, Description = media.Description.Replace("video", "audio", StringComparison.Ordinal) };
        }

        if (media.Kind == MediaKind.Audio)
        {
            return new Analysis(media, null, null, info.DurationSeconds, info);
        }

        var video = info.Video!;
        CheckDimensions(fileName, video.Width, video.Height);
        return new Analysis(media, video.DisplayWidth, video.DisplayHeight, info.DurationSeconds, info);
    }

    private void CheckDimensions(string fileName, long width, long height)
    {
        var pixels = width * height;
        if (pixels > limits.MaxPixels)
        {
            throw new AssetRejectedException(fileName,
                $"it is {width}×{height} = {ImageLoader.FormatPixels(pixels, asLimit: false)}, over the {ImageLoader.FormatPixels(limits.MaxPixels, asLimit: true)} limit ({MediaLimits.KeyOf(nameof(MediaLimits.MaxPixels))})");
        }

        if (width > limits.MaxImageDimension || height > limits.MaxImageDimension)
        {
            throw new AssetRejectedException(fileName,
                $"it is {width}×{height}, and a side longer than {limits.MaxImageDimension.ToString("N0", CultureInfo.InvariantCulture)} pixels is refused ({MediaLimits.KeyOf(nameof(MediaLimits.MaxImageDimension))})");
        }
    }

    /// <summary>The adapter's reason, with the working file's name replaced by the name the person knows.</summary>
    private static AssetRejectedException Rejected(MediaInputException ex, string path, string fileName) =>
        new(fileName, ex.Reason.Replace(Path.GetFullPath(path), fileName, StringComparison.Ordinal)
            .Replace(Path.GetFileName(path), fileName, StringComparison.Ordinal), ex);
}
