using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// Which live presets refer to an asset in their latest version: as a parameter's default (the brand kit's logo) or as
/// a node setting's value (a library-image node). Found by a text search on the stored graphs, then confirmed by reading
/// them, so an id that only appears in a description does not count.
/// </summary>
internal static class PresetReferences
{
    /// <summary>The slugs, alphabetically.</summary>
    public static async Task<IReadOnlyList<string>> UsingAsync(MediaEngineDbContext db, Guid assetId, CancellationToken cancellationToken)
    {
        var id = assetId.ToString("D");
        var candidates = await db.PresetVersions.AsNoTracking()
            .Where(v => v.Preset!.ArchivedAt == null && v.Version == v.Preset.LatestVersion && v.GraphJson.Contains(id))
            .Select(v => new { v.Preset!.Slug, v.GraphJson })
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(c => Refers(c.GraphJson, assetId)).Select(c => c.Slug).Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether the stored graph names the asset as a parameter's default or a node setting's value.</summary>
    public static bool Refers(string graphJson, Guid assetId)
    {
        try
        {
            var graph = PipelineGraphJson.Deserialize(graphJson);
            return graph.Parameters.Any(p => Is(p.Default, assetId)) || graph.Nodes.Any(n => n.Settings.Any(s => Is(s.Value, assetId)));
        }
        catch (GraphFormatException)
        {
            return true; // an unreadable graph that mentions the id: keep the asset rather than guess
        }
    }

    public static bool Is(JsonNode? value, Guid assetId) =>
        value is JsonValue text && text.TryGetValue<string>(out var s) && Guid.TryParse(s, out var id) && id == assetId;
}
