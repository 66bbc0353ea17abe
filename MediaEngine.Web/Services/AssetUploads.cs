using System.Globalization;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Media;
using Microsoft.Extensions.Options;

namespace MediaEngine.Web.Services;

/// <summary>
/// Receives one uploaded file, from the REST API or a browser form: streams it to <c>&lt;DataPath&gt;/tmp</c> while
/// enforcing the size limit, takes it in with <see cref="AssetIngestService"/> and audits the outcome
/// (<c>asset.uploaded</c> or <c>asset.refused</c>). The temporary file is always deleted.
/// </summary>
public sealed class AssetUploads(AssetIngestService ingest, IAuditLog audit, IOptions<MediaLimits> limits, IOptions<MediaEngineOptions> options)
{
    private const int BufferBytes = 81920;

    public long MaxFileBytes => limits.Value.MaxFileBytes;

    /// <summary>The refusal for a file over the limit, for callers that know the size before reading.</summary>
    public string TooLargeReason => $"it is larger than {MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes, the limit set by {MediaLimits.KeyOf(nameof(MediaLimits.MaxFileBytes))}";

    /// <summary>Takes in <paramref name="body"/>; <paramref name="progress"/> receives the bytes read so far.</summary>
    /// <exception cref="AssetRejectedException">The file is over the limit or its content is not accepted.</exception>
    public async Task<AssetIngestResult> ReceiveAsync(
        Stream body, string fileName, AuditActor actor, IProgress<long>? progress, CancellationToken ct)
    {
        var tmp = Directory.CreateDirectory(Path.Combine(options.Value.FullDataPath, "tmp")).FullName;
        var temp = Path.Combine(tmp, $"upload-{Guid.NewGuid():N}.part");
        try
        {
            try
            {
                await SaveAsync(body, temp, fileName, progress, ct);
            }
            catch (AssetRejectedException ex)
            {
                await RecordRefusalAsync(ex, actor, ct);
                throw;
            }

            return await IngestAsync(temp, fileName, actor, ct);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Takes in a file already received (a completed resumable upload) and audits the outcome; the file is only read.</summary>
    /// <exception cref="AssetRejectedException">The file is over a limit or its content is not accepted.</exception>
    public async Task<AssetIngestResult> IngestAsync(string path, string fileName, AuditActor actor, CancellationToken ct)
    {
        try
        {
            var (asset, duplicate) = await ingest.IngestAsync(path, fileName, "upload", actor.Id, ct);
            await audit.WriteAsync(
                new AuditEntry(actor, "asset.uploaded", $"asset:{asset.Id}",
                    $"name={asset.Name}; kind={asset.Kind}; type={asset.MimeType}; size={asset.SizeBytes}; sha256={asset.Sha256}; duplicate={duplicate}; sent={AssetIngestService.SanitizeName(fileName)}"),
                ct);
            return new AssetIngestResult(asset, duplicate);
        }
        catch (AssetRejectedException ex)
        {
            await RecordRefusalAsync(ex, actor, ct);
            throw;
        }
    }

    /// <summary>Audits a refusal that happened before <see cref="ReceiveAsync"/> could read the file.</summary>
    public Task RecordRefusalAsync(AssetRejectedException refusal, AuditActor actor, CancellationToken ct) =>
        audit.WriteAsync(new AuditEntry(actor, "asset.refused", $"file:{refusal.FileName}", $"reason={refusal.Reason}"), ct);

    private async Task SaveAsync(Stream body, string path, string fileName, IProgress<long>? progress, CancellationToken ct)
    {
        var buffer = new byte[BufferBytes];
        long total = 0;
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > MaxFileBytes)
            {
                throw new AssetRejectedException(fileName, TooLargeReason);
            }

            await file.WriteAsync(buffer.AsMemory(0, read), ct);
            progress?.Report(total);
        }
    }
}
