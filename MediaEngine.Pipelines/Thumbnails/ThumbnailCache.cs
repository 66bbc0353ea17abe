using System.Collections.Concurrent;
using System.Globalization;
using FFMpegCore;
using ImageMagick;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Imaging;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Thumbnails;

/// <summary>
/// Small WebP pictures of stored files for grids and lists, made once and kept under
/// <c>&lt;DataPath&gt;/thumbnails/ab/&lt;sha256&gt;-&lt;size&gt;.webp</c>: an image scaled down with Magick.NET, a frame of a
/// video (a poster) or the waveform of an audio file drawn by ffmpeg. Files with the same content share one thumbnail,
/// whether an asset or an artifact. The same thumbnail asked for twice at once is made once; at most as many are made
/// at the same time as there are processors. Sources are only read.
/// </summary>
public sealed class ThumbnailCache(IOptions<MediaEngineOptions> options, IImageLoader images, IFfmpegRunner ffmpeg)
{
    /// <summary>The WebP quality thumbnails are written with.</summary>
    public const int Quality = 80;

    /// <summary>The MIME type of every thumbnail.</summary>
    public const string MimeType = "image/webp";

    /// <summary>The longest sides a thumbnail may have (few, so that the cache stays small).</summary>
    public static readonly IReadOnlyList<int> Sizes = [160, 320, 640];

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _making = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount));

    /// <summary>The cache folder.</summary>
    public string Root { get; } = Path.Combine(options.Value.FullDataPath, "thumbnails");

    /// <summary>Whether a thumbnail can be made for a file of this kind (images, videos and audio).</summary>
    public static bool Supports(MediaKind kind) => kind is MediaKind.Image or MediaKind.Video or MediaKind.Audio;

    /// <summary>Where the thumbnail of this content at this size is kept.</summary>
    public string PathFor(string sha256, int size) => Path.Combine(Root, sha256[..2], $"{sha256}-{size.ToString(CultureInfo.InvariantCulture)}.webp");

    /// <summary>The path of the thumbnail of <paramref name="source"/>, made first when it is not cached yet.</summary>
    /// <param name="source">The stored file.</param>
    /// <param name="sha256">Its content hash (lower-case hex), which names the thumbnail.</param>
    /// <param name="kind">What the file holds.</param>
    /// <param name="size">The longest side, one of <see cref="Sizes"/>.</param>
    /// <param name="durationSeconds">A video's duration, to take the poster frame from inside it; optional.</param>
    /// <param name="cancellationToken">Stops waiting; a thumbnail already being made is finished for the next caller.</param>
    /// <exception cref="ArgumentException">The size is not one of <see cref="Sizes"/>, the hash is not a sha256, or the kind has no thumbnail.</exception>
    /// <exception cref="Media.MediaInputException">The file is missing, unreadable or over a limit.</exception>
    /// <exception cref="Media.MediaToolException">ffmpeg failed on the video or audio.</exception>
    public async Task<string> GetAsync(string source, string sha256, MediaKind kind, int size, double? durationSeconds, CancellationToken cancellationToken)
    {
        if (!Sizes.Contains(size))
        {
            throw new ArgumentException($"A thumbnail is {string.Join(", ", Sizes)} pixels; {size} is not offered.", nameof(size));
        }

        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException($"'{sha256}' is not a lower-case sha256.", nameof(sha256));
        }

        if (!Supports(kind))
        {
            throw new ArgumentException($"A {kind.ToString().ToLowerInvariant()} file has no thumbnail.", nameof(kind));
        }

        var path = PathFor(sha256, size);
        if (File.Exists(path))
        {
            return path;
        }

        var making = _making.GetOrAdd(path, p => new Lazy<Task<string>>(() => MakeOnceAsync(source, kind, size, durationSeconds, p)));
        return await making.Value.WaitAsync(cancellationToken);
    }

    /// <summary>Makes the thumbnail and then forgets the attempt, so that a failure is tried again next time.</summary>
    private async Task<string> MakeOnceAsync(string source, MediaKind kind, int size, double? durationSeconds, string path)
    {
        try
        {
            return await MakeAsync(source, kind, size, durationSeconds, path);
        }
        finally
        {
            _making.TryRemove(path, out _);
        }
    }

    private async Task<string> MakeAsync(string source, MediaKind kind, int size, double? durationSeconds, string path)
    {
        await _slots.WaitAsync();
        var work = Path.Combine(Root, "work", Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(work);
            var picture = kind == MediaKind.Image ? source : Path.Combine(work, "frame.png");
            if (kind == MediaKind.Video)
            {
                var at = durationSeconds is { } d && d > 0 ? Math.Min(1.0, d / 2) : 0;
                await ffmpeg.RunAsync(
                    FFMpegArguments.FromFileInput(source, verifyExists: true, o => o.WithCustomArgument($"-ss {at.ToString("0.###", CultureInfo.InvariantCulture)}")),
                    picture,
                    o => o.WithCustomArgument($"-frames:v 1 -vf scale={size}:{size}:force_original_aspect_ratio=decrease"),
                    null,
                    null,
                    CancellationToken.None);
            }
            else if (kind == MediaKind.Audio)
            {
                await ffmpeg.RunAsync(
                    FFMpegArguments.FromFileInput(source, verifyExists: true),
                    picture,
                    o => o.WithCustomArgument($"-filter_complex showwavespic=s={size}x{size / 2}:split_channels=0:colors=0x5c6bc0 -frames:v 1"),
                    null,
                    null,
                    CancellationToken.None);
            }

            var written = Path.Combine(work, "thumbnail.webp");
            using (var image = images.Load(picture, (uint)size))
            {
                image.Thumbnail(new MagickGeometry((uint)size, (uint)size) { Greater = true });
                image.Strip();
                image.Quality = Quality;
                await image.WriteAsync(written, MagickFormat.WebP);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(written, path, overwrite: true);
            return path;
        }
        finally
        {
            _slots.Release();
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // a file still held; the next start-up's work folder is a new one
            }
        }
    }
}
