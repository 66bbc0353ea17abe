using System.Text.Json;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// Which queued or running jobs use an asset: among their inputs, as a parameter or setting value they were submitted
/// with (the brand kit's logo), or in the graph of the preset version they pin (which may be older than the latest).
/// Found by a text search, then confirmed by reading the JSON, so an id in a title or description does not count.
/// </summary>
internal static class JobReferences
{
    /// <summary>The jobs, oldest first.</summary>
    public static async Task<List<(Guid Id, string Title, JobStatus Status)>> ActiveUsingAsync(
        MediaEngineDbContext db, Guid assetId, CancellationToken cancellationToken)
    {
        var id = assetId.ToString("D");
        var candidates = await db.Jobs.AsNoTracking()
            .Where(j => j.Status == JobStatus.Queued || j.Status == JobStatus.Running)
            .Where(j => j.InputsJson.Contains(id) || j.SettingsJson.Contains(id) || j.PresetVersion!.GraphJson.Contains(id))
            .OrderBy(j => j.CreatedAt)
            .Select(j => new { j.Id, j.Title, j.Status, j.InputsJson, j.SettingsJson, j.PresetVersion!.GraphJson })
            .ToListAsync(cancellationToken);
        return [.. candidates
            .Where(j => InputsInclude(j.InputsJson, assetId) || Mentions(j.SettingsJson, assetId) || PresetReferences.Refers(j.GraphJson, assetId))
            .Select(j => (j.Id, j.Title, j.Status))];
    }

    private static bool InputsInclude(string inputsJson, Guid assetId)
    {
        try
        {
            var inputs = JsonSerializer.Deserialize<Dictionary<string, List<Guid>>>(inputsJson);
            return inputs is null || inputs.Values.Any(ids => ids.Contains(assetId));
        }
        catch (JsonException)
        {
            return true; // unreadable inputs that mention the id: keep the asset rather than guess
        }
    }

    /// <summary>Whether any value in the JSON (settings and parameters, however nested) is the asset's id.</summary>
    private static bool Mentions(string json, Guid assetId)
    {
        try
        {
            return Walk(JsonNode.Parse(json));
        }
        catch (JsonException)
        {
            return true;
        }

        bool Walk(JsonNode? node) => node switch
        {
            JsonObject o => o.Any(p => Walk(p.Value)),
            JsonArray a => a.Any(Walk),
            _ => PresetReferences.Is(node, assetId),
        };
    }
}
