using System.Reflection;
using MediaEngine.Domain.Graph;

namespace MediaEngine.Pipelines.Presets;

/// <summary>The presets MediaEngine ships (read-only; clone to change), embedded as graph JSON files.</summary>
public sealed class SystemPresetLibrary
{
    private const string ResourcePrefix = "MediaEngine.Pipelines.Presets.System.";
    private readonly Lazy<IReadOnlyDictionary<string, string>> _json = new(Load);

    public IReadOnlyCollection<string> Ids => (IReadOnlyCollection<string>)_json.Value.Keys;

    public bool Contains(string id) => _json.Value.ContainsKey(id);

    /// <summary>The preset's graph in the versioned JSON format, exactly as shipped.</summary>
    public string GetJson(string id) =>
        _json.Value.TryGetValue(id, out var json)
            ? json
            : throw new KeyNotFoundException($"There is no system preset '{id}'. Known: {string.Join(", ", _json.Value.Keys)}.");

    public PipelineGraph Get(string id) => PipelineGraphJson.Deserialize(GetJson(id));

    private static IReadOnlyDictionary<string, string> Load()
    {
        var assembly = typeof(SystemPresetLibrary).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToDictionary(n => n[ResourcePrefix.Length..^".json".Length], n => Read(assembly, n));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
