using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Media;
using Microsoft.Extensions.Options;

namespace MediaEngine.Web.Uploads;

/// <summary>
/// Resumable uploads on disk: a session is created with the file's name, size and declared type (refused at once when
/// over <see cref="MediaLimits.MaxFileBytes"/>), then receives chunks strictly in order (a chunk must start exactly where
/// the received bytes end, so overlapping or out-of-order chunks are refused with the offset to resume from), and is
/// handed over complete. Sessions belong to their owner and expire <see cref="UploadOptions.SessionHours"/> after their
/// last chunk. The bytes received are the truth: the offset is the length of the session's data file.
/// </summary>
public sealed class UploadSessionStore(IOptions<MediaEngineOptions> options, IOptions<UploadOptions> uploads, IOptions<MediaLimits> limits, TimeProvider clock)
{
    private const string SessionFile = "session.json";
    private const string DataFile = "data.part";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    public string Root { get; } = Path.Combine(options.Value.FullDataPath, "uploads");

    public int ChunkBytes => uploads.Value.ChunkBytes;

    /// <exception cref="UploadProblem">The size is 0 or over the limit, or the name is empty.</exception>
    public async Task<UploadStatus> CreateAsync(string owner, string? name, long size, string? declaredType, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new UploadProblem(StatusCodes.Status400BadRequest, "Give the file's name.");
        }

        if (size <= 0)
        {
            throw new UploadProblem(StatusCodes.Status422UnprocessableEntity, $"'{name}' was not accepted: it is empty (0 bytes).");
        }

        if (size > limits.Value.MaxFileBytes)
        {
            throw new UploadProblem(StatusCodes.Status413PayloadTooLarge,
                string.Create(CultureInfo.InvariantCulture,
                    $"'{name}' was not accepted: it is {size:N0} bytes, over the {limits.Value.MaxFileBytes:N0}-byte limit ({MediaLimits.KeyOf(nameof(MediaLimits.MaxFileBytes))}); nothing was uploaded."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UploadSession(Guid.NewGuid(), owner, name.Trim(), size, declaredType, now, now.AddHours(uploads.Value.SessionHours));
        var folder = Directory.CreateDirectory(FolderOf(session.Id)).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, DataFile), [], ct);
        await SaveAsync(session, ct);
        return Status(session, 0);
    }

    /// <exception cref="UploadProblem">There is no such session (404), it expired (410) or it is someone else's (403).</exception>
    public async Task<UploadStatus> GetAsync(Guid id, string owner, CancellationToken ct)
    {
        var session = await RequireAsync(id, owner, ct);
        return Status(session, DataLength(id));
    }

    /// <summary>Appends <paramref name="body"/> at <paramref name="offset"/>, which must be where the received bytes end.</summary>
    /// <returns>The status afterwards. Bytes that arrived before the connection dropped are kept, so the client resumes after them.</returns>
    /// <exception cref="UploadProblem">
    /// 409 for a chunk at another offset (overlapping or out of order), with the offset to resume from; 413 for a chunk larger
    /// than <see cref="ChunkBytes"/> or past the declared size; 403/404/410 as for <see cref="GetAsync"/>.
    /// </exception>
    public async Task<UploadStatus> AppendAsync(Guid id, string owner, long offset, long? length, Stream body, CancellationToken ct)
    {
        var session = await RequireAsync(id, owner, ct);
        var gate = _locks.GetOrAdd(id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            var received = DataLength(id);
            if (offset != received)
            {
                throw new UploadProblem(StatusCodes.Status409Conflict,
                    string.Create(CultureInfo.InvariantCulture, $"This chunk starts at byte {offset:N0} but {received:N0} bytes have arrived: send the bytes from {received:N0} on."),
                    received);
            }

            var room = Math.Min(ChunkBytes, session.Size - received);
            if (length is { } declared && declared > room)
            {
                throw new UploadProblem(StatusCodes.Status413PayloadTooLarge, TooLong(session, received, declared));
            }

            await using (var data = new FileStream(Path.Combine(FolderOf(id), DataFile), FileMode.Append, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                var buffer = new byte[1 << 16];
                long written = 0;
                try
                {
                    int read;
                    while ((read = await body.ReadAsync(buffer, ct)) > 0)
                    {
                        if (written + read > room)
                        {
                            data.SetLength(received); // nothing of a chunk that does not fit is kept
                            throw new UploadProblem(StatusCodes.Status413PayloadTooLarge, TooLong(session, received, written + read));
                        }

                        await data.WriteAsync(buffer.AsMemory(0, read), ct);
                        written += read;
                    }
                }
                catch (Exception ex) when (ex is IOException or OperationCanceledException or BadHttpRequestException)
                {
                    // The connection dropped mid-chunk: what arrived is kept and the client resumes after it.
                    await data.FlushAsync(CancellationToken.None);
                    throw;
                }
            }

            session = session with { ExpiresAt = clock.GetUtcNow().UtcDateTime.AddHours(uploads.Value.SessionHours) };
            await SaveAsync(session, CancellationToken.None);
            return Status(session, DataLength(id));
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The session and its complete data file, for ingestion.</summary>
    /// <exception cref="UploadProblem">409 while bytes are missing; 403/404/410 as for <see cref="GetAsync"/>.</exception>
    public async Task<(UploadSession Session, string DataPath)> CompletedAsync(Guid id, string owner, CancellationToken ct)
    {
        var session = await RequireAsync(id, owner, ct);
        var received = DataLength(id);
        if (received != session.Size)
        {
            throw new UploadProblem(StatusCodes.Status409Conflict,
                string.Create(CultureInfo.InvariantCulture, $"'{session.Name}' is not complete: {received:N0} of {session.Size:N0} bytes have arrived."),
                received);
        }

        return (session, Path.Combine(FolderOf(id), DataFile));
    }

    /// <summary>Deletes the session and its bytes (after completion, on cancel, on expiry).</summary>
    public void Delete(Guid id)
    {
        var folder = FolderOf(id);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        _locks.TryRemove(id, out _);
    }

    /// <summary>Deletes every session past its expiry, and folders that are not sessions.</summary>
    /// <returns>How many were deleted.</returns>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        if (!Directory.Exists(Root))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            var session = Guid.TryParseExact(Path.GetFileName(folder), "N", out var id) ? await ReadAsync(id, ct) : null;
            if (session is null || session.ExpiresAt <= now)
            {
                Directory.Delete(folder, recursive: true);
                _locks.TryRemove(id, out _);
                removed++;
            }
        }

        return removed;
    }

    private static string TooLong(UploadSession session, long received, long length) => string.Create(CultureInfo.InvariantCulture,
        $"This chunk of {length:N0} bytes does not fit: chunks are at most the chunk size, and '{session.Name}' has {session.Size - received:N0} bytes left of the {session.Size:N0} declared.");

    private UploadStatus Status(UploadSession session, long offset) =>
        new(session.Id, session.Name, session.Size, offset, ChunkBytes, session.ExpiresAt);

    private async Task<UploadSession> RequireAsync(Guid id, string owner, CancellationToken ct)
    {
        var session = await ReadAsync(id, ct) ?? throw new UploadProblem(StatusCodes.Status404NotFound,
            $"There is no upload {id:N}: it was completed, cancelled or expired. Start the upload again.");
        if (!string.Equals(session.Owner, owner, StringComparison.Ordinal))
        {
            throw new UploadProblem(StatusCodes.Status403Forbidden, $"The upload {id:N} belongs to someone else.");
        }

        if (session.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
        {
            Delete(id);
            throw new UploadProblem(StatusCodes.Status410Gone, $"The upload of '{session.Name}' expired; start it again.");
        }

        return session;
    }

    private async Task<UploadSession?> ReadAsync(Guid id, CancellationToken ct)
    {
        var file = Path.Combine(FolderOf(id), SessionFile);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(file);
            return await JsonSerializer.DeserializeAsync<UploadSession>(stream, Json, ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task SaveAsync(UploadSession session, CancellationToken ct)
    {
        var file = Path.Combine(FolderOf(session.Id), SessionFile);
        var temporary = file + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(session, Json), ct);
        File.Move(temporary, file, overwrite: true);
    }

    private long DataLength(Guid id)
    {
        var data = new FileInfo(Path.Combine(FolderOf(id), DataFile));
        return data.Exists ? data.Length : 0;
    }

    private string FolderOf(Guid id) => Path.Combine(Root, id.ToString("N"));
}
