using System.Security.Cryptography;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Artifacts;

/// <summary>
/// Content-addressed files under <c>&lt;DataPath&gt;/artifacts/ab/abcdef….ext</c>. A stored file is never rewritten:
/// the same content is stored once, and stored files are read-only. Source files are copied, never moved.
/// </summary>
public sealed class ArtifactStore(IOptions<MediaEngineOptions> options)
{
    public string Root { get; } = Path.Combine(options.Value.FullDataPath, "artifacts");

    public string PathFor(string sha256, string extension) =>
        Path.Combine(Root, sha256[..2], sha256 + extension.ToLowerInvariant());

    /// <summary>The stored file with this content, whatever its extension; null when it is not (or no longer) stored.</summary>
    public string? Find(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var folder = Path.Combine(Root, sha256[..2]);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, sha256 + ".*").FirstOrDefault(f => !f.EndsWith(".partial", StringComparison.Ordinal))
            : null;
    }

    /// <summary>
    /// Removes every stored file with this content (whatever its extension; files still being written are left alone).
    /// Only storage cleanup calls this, after checking that nothing kept refers to the content.
    /// </summary>
    /// <returns>The bytes freed; 0 when nothing was stored.</returns>
    public long Remove(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower) || Path.Combine(Root, sha256[..2]) is not { } folder || !Directory.Exists(folder))
        {
            return 0;
        }

        long freed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, sha256 + ".*").Where(f => !f.EndsWith(".partial", StringComparison.Ordinal)))
        {
            var length = new FileInfo(file).Length;
            File.Delete(file);
            freed += length;
        }

        return freed;
    }

    /// <summary>Stores a file a node wrote in its work folder (moved in; the work copy is gone afterwards).</summary>
    public Task<ArtifactRef> StoreOutputAsync(NodeOutputFile output, CancellationToken cancellationToken) =>
        StoreAsync(output.FilePath, move: true, output.Kind, output.MimeType, output.Width, output.Height, output.DurationSeconds, cancellationToken);

    /// <summary>Stores a copy of a caller's source file; the source is only read.</summary>
    public async Task<ArtifactRef> ImportSourceAsync(string sourcePath, Domain.Graph.PortKind kind, CancellationToken cancellationToken) =>
        await StoreAsync(sourcePath, move: false, kind, MediaTypes.MimeFor(sourcePath), null, null, null, cancellationToken) with
        {
            Name = Path.GetFileName(sourcePath),
        };

    private async Task<ArtifactRef> StoreAsync(
        string file, bool move, Domain.Graph.PortKind kind, string mime, int? width, int? height, double? duration, CancellationToken cancellationToken)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"The file '{file}' to store does not exist.", file);
        }

        var sha256 = await HashAsync(file, cancellationToken);
        var target = PathFor(sha256, info.Extension);
        if (!File.Exists(target))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + $".{Guid.NewGuid():N}.partial";
            if (move)
            {
                File.Move(file, temporary);
            }
            else
            {
                File.Copy(file, temporary);
            }

            MakeReadOnly(temporary);
            try
            {
                File.Move(temporary, target);
            }
            catch (IOException) when (File.Exists(target))
            {
                File.Delete(temporary); // stored concurrently by someone else: same content
            }
        }
        else if (move)
        {
            File.Delete(file);
        }

        return new ArtifactRef(sha256, target, kind, mime, info.Length, width, height, duration);
    }

    public static async Task<string> HashAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private static void MakeReadOnly(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }
}
