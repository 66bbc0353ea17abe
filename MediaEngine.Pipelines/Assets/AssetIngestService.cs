using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Media.Probing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// Takes a file in as an <see cref="Asset"/>: checked against <see cref="MediaLimits"/>, typed from its content
/// (<see cref="MediaContentSniffer"/>), measured (image header, ffprobe), stored once, read-only and content-addressed
/// (<see cref="AssetFiles.PathOf"/>), and recorded. The same content sent again is recognised and the existing asset returned.
/// </summary>
/// <remarks>
/// The caller's file is only read, once: it is copied into <c>&lt;DataPath&gt;/tmp/ingest</c> while being hashed, and
/// everything after works on that private copy, which becomes the stored file. A refused file leaves nothing behind.
/// </remarks>
public sealed class AssetIngestService(
    IDbContextFactory<MediaEngineDbContext> contexts,
    AssetFiles files,
    IImageLoader images,
    IMediaProbe probe,
    IOptions<MediaLimits> limits,
    IOptions<MediaEngineOptions> options,
    TimeProvider clock)
{
    /// <summary>Longest asset name kept (the column's length); longer names are cut, keeping the extension.</summary>
    public const int MaxNameLength = 400;

    private const int MaxSourceLength = 32;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly AssetAnalyzer _analyzer = new(images, probe, limits.Value);
    private readonly long _maxFileBytes = limits.Value.MaxFileBytes;

    // Check-then-insert for one content at a time, so two uploads of the same file at once make one asset.
    private readonly SemaphoreSlim _recordGate = new(1, 1);

    /// <summary>Takes in <paramref name="tempFilePath"/> as an asset, or returns the asset that already has its content.</summary>
    /// <param name="tempFilePath">The file to take in; it is copied and never changed, moved or deleted.</param>
    /// <param name="originalName">The name it was sent with; folders are dropped, e.g. <c>C:\photos\a.jpg</c> → <c>a.jpg</c>.</param>
    /// <param name="source">Where it came from: "upload", "drive", "demo".</param>
    /// <param name="uploadedById">The user who sent it, when a user did.</param>
    /// <param name="ct">Cancels the work; nothing is stored then.</param>
    /// <exception cref="AssetRejectedException">
    /// The content is not an accepted type, is over a limit (naming the <c>MediaEngine:Media:…</c> setting), or is corrupt.
    /// </exception>
    /// <exception cref="FileNotFoundException"><paramref name="tempFilePath"/> does not exist.</exception>
    /// <exception cref="InvalidOperationException">ffprobe, needed to check video and audio, is not installed.</exception>
    public async Task<AssetIngestResult> IngestAsync(string tempFilePath, string originalName, string source, Guid? uploadedById, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tempFilePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var name = SanitizeName(originalName);
        var file = new FileInfo(tempFilePath);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The file '{tempFilePath}' to take in as an asset does not exist.", tempFilePath);
        }

        _analyzer.CheckFileSize(name, file.Length);
        var staging = Directory.CreateDirectory(Path.Combine(options.Value.FullDataPath, "tmp", "ingest")).FullName;
        var staged = Path.Combine(staging, Guid.NewGuid().ToString("N") + ".staging");
        try
        {
            var (sha256, size) = await CopyAndHashAsync(file.FullName, staged, name, ct);
            var media = MediaContentSniffer.Require(staged, name);
            if (await FindAsync(sha256, ct) is { } existing)
            {
                Place(staged, files.PathOf(existing)); // only if its file has gone missing
                return new AssetIngestResult(existing, Duplicate: true);
            }

            var typed = Path.ChangeExtension(staged, media.Extension);
            File.Move(staged, typed);
            staged = typed;
            var analysis = await _analyzer.AnalyseAsync(staged, name, media, ct);
            var asset = new Asset
            {
                Name = name,
                Kind = analysis.Media.Kind,
                MimeType = analysis.Media.MimeType,
                SizeBytes = size,
                Sha256 = sha256,
                Width = analysis.Width,
                Height = analysis.Height,
                DurationSeconds = analysis.DurationSeconds,
                MediaInfoJson = analysis.Info is null ? null : JsonSerializer.Serialize(analysis.Info, JsonOptions),
                Source = source.Length <= MaxSourceLength ? source : source[..MaxSourceLength],
                UploadedById = uploadedById,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            Place(staged, files.PathOf(asset));
            return await RecordAsync(asset, ct);
        }
        finally
        {
            File.Delete(staged); // no-op once it has become the stored file
        }
    }

    /// <summary>The last part of a path, without control or formatting characters (which can disguise an extension).</summary>
    public static string SanitizeName(string? originalName)
    {
        var name = (originalName ?? string.Empty).Replace('\\', '/');
        name = new string(name[(name.LastIndexOf('/') + 1)..]
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format))
            .ToArray()).Trim();
        if (name.All(c => c == '.'))
        {
            return "unnamed";
        }

        if (name.Length <= MaxNameLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        extension = extension.Length <= 16 ? extension : string.Empty;
        var cut = MaxNameLength - extension.Length;
        if (char.IsHighSurrogate(name[cut - 1]))
        {
            cut--;
        }

        return name[..cut] + extension;
    }

    private async Task<(string Sha256, long Size)> CopyAndHashAsync(string source, string target, string name, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        long size = 0;
        await using (var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous))
        await using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
        {
            int read;
            while ((read = await input.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                _analyzer.CheckFileSize(name, size); // it may have grown since it was measured
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    private async Task<Asset?> FindAsync(string sha256, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Assets.AsNoTracking()
            .Where(a => a.Sha256 == sha256 && a.DeletedAt == null)
            .OrderBy(a => a.CreatedAt)
            .FirstOrDefaultAsync(ct);
    }

    private async Task<AssetIngestResult> RecordAsync(Asset asset, CancellationToken ct)
    {
        await _recordGate.WaitAsync(ct);
        try
        {
            if (await FindAsync(asset.Sha256, ct) is { } raced)
            {
                return new AssetIngestResult(raced, Duplicate: true);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            db.Assets.Add(asset);
            await db.SaveChangesAsync(ct);
            return new AssetIngestResult(asset, Duplicate: false);
        }
        finally
        {
            _recordGate.Release();
        }
    }

    /// <summary>Moves the private copy into the store, read-only, unless the same content is already there.</summary>
    private static void Place(string staged, string target)
    {
        if (File.Exists(target))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(staged, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        try
        {
            File.Move(staged, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Stored at the same moment by another ingest: same content.
        }
    }
}
