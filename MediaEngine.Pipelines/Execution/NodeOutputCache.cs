using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Execution;

/// <summary>
/// Remembers what a node produced under a key of (type id, node version, canonical settings, input hashes),
/// so a re-run executes only nodes whose key changed. Entries are small JSON files next to the artifacts;
/// an entry whose files have gone is a miss.
/// </summary>
public sealed class NodeOutputCache(IOptions<MediaEngineOptions> options, ArtifactStore store)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _root = Path.Combine(options.Value.FullDataPath, "cache");

    public static string KeyFor(string typeId, int version, string canonicalSettings, IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> inputs)
    {
        var text = new StringBuilder().Append(typeId).Append('\n').Append(version).Append('\n').Append(canonicalSettings).Append('\n');
        foreach (var (port, artifacts) in inputs.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            text.Append(port).Append('=').AppendJoin(',', artifacts.Select(a => a.Sha256)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public async Task<IReadOnlyList<(string Port, ArtifactRef Artifact)>?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        var file = PathFor(key);
        if (!File.Exists(file))
        {
            return null;
        }

        await using var stream = File.OpenRead(file);
        var entries = await JsonSerializer.DeserializeAsync<List<CachedOutput>>(stream, Json, cancellationToken) ?? [];
        var outputs = entries.Select(e => (e.Port, new ArtifactRef(e.Sha256, store.PathFor(e.Sha256, e.Extension), e.Kind, e.MimeType, e.SizeBytes, e.Width, e.Height, e.DurationSeconds))).ToList();
        return outputs.All(o => File.Exists(o.Item2.Path)) ? outputs : null;
    }

    public async Task PutAsync(string key, IEnumerable<(string Port, ArtifactRef Artifact)> outputs, CancellationToken cancellationToken)
    {
        var entries = outputs.Select(o => new CachedOutput(
            o.Port, o.Artifact.Sha256, Path.GetExtension(o.Artifact.Path), o.Artifact.Kind, o.Artifact.MimeType,
            o.Artifact.SizeBytes, o.Artifact.Width, o.Artifact.Height, o.Artifact.DurationSeconds)).ToList();
        var file = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + $".{Guid.NewGuid():N}.partial";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(entries, Json), cancellationToken);
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>
    /// Forgets every entry that names one of <paramref name="sha256s"/> (content that storage cleanup removed), so the
    /// node runs again instead of being served a file that is gone.
    /// </summary>
    /// <returns>How many entries were removed.</returns>
    public async Task<int> InvalidateAsync(IReadOnlySet<string> sha256s, CancellationToken cancellationToken)
    {
        if (sha256s.Count == 0 || !Directory.Exists(_root))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(_root, "*.json", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<CachedOutput>? entries;
            try
            {
                await using var stream = File.OpenRead(file);
                entries = await JsonSerializer.DeserializeAsync<List<CachedOutput>>(stream, Json, cancellationToken);
            }
            catch (Exception ex) when (ex is JsonException or IOException)
            {
                entries = null; // unreadable: it can only ever be a miss, so it goes too
            }

            if (entries is null || entries.Any(e => sha256s.Contains(e.Sha256)))
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    private string PathFor(string key) => Path.Combine(_root, key[..2], key + ".json");

    private sealed record CachedOutput(string Port, string Sha256, string Extension, PortKind Kind, string MimeType, long SizeBytes, int? Width, int? Height, double? DurationSeconds);
}
