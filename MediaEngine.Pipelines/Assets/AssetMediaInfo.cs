using System.Text.Json;
using MediaEngine.Pipelines.Media.Probing;

namespace MediaEngine.Pipelines.Assets;

/// <summary>Reads <see cref="Domain.Entities.Asset.MediaInfoJson"/> back into the <see cref="MediaInfo"/> ingest stored there.</summary>
public static class AssetMediaInfo
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The stored media information; null when there is none or it cannot be read.</summary>
    public static MediaInfo? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<MediaInfo>(json, JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
