using System.Globalization;
using System.Text.Json;

namespace MediaEngine.Pipelines.Media.Probing;

/// <summary>
/// Turns the JSON of <c>ffprobe -print_format json -show_format -show_streams</c> into a <see cref="MediaInfo"/>.
/// </summary>
/// <remarks>
/// ffprobe writes most numbers as strings, leaves fields out when it does not know them, and writes rates as
/// fractions ("30000/1001", "0/0"). Rotation comes from the display matrix side data (ffprobe 5+) or the legacy
/// <c>rotate</c> tag, and is normalised to clockwise degrees. Cover art (attached pictures) is not video.
/// </remarks>
public static class FfprobeJsonParser
{
    /// <summary>Parses ffprobe's JSON.</summary>
    /// <param name="ffprobeJson">The complete JSON document ffprobe wrote to stdout.</param>
    /// <param name="sizeBytes">The file size in bytes.</param>
    /// <exception cref="FormatException">The text is not ffprobe JSON.</exception>
    public static MediaInfo Parse(string ffprobeJson, long sizeBytes)
    {
        ArgumentNullException.ThrowIfNull(ffprobeJson);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(ffprobeJson);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"ffprobe output is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("ffprobe output is not a JSON object.");
            }

            var format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.Object ? f : default;
            var streams = root.TryGetProperty("streams", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().ToList()
                : [];

            var formatName = GetString(format, "format_name") ?? "unknown";
            var duration = GetPositiveDouble(format, "duration");
            var bitRate = GetPositiveLong(format, "bit_rate");

            var videoElement = PickStream(streams, "video", s => !IsAttachedPicture(s));
            var audioElement = PickStream(streams, "audio", _ => true);

            VideoStreamInfo? video = null;
            if (videoElement is { } v)
            {
                var codec = GetString(v, "codec_name") ?? "unknown";
                var still = MediaInfo.IsStill(formatName, duration, codec);
                video = new VideoStreamInfo(
                    codec,
                    (int)(GetPositiveLong(v, "width") ?? 0),
                    (int)(GetPositiveLong(v, "height") ?? 0),
                    still ? 0 : ReadFrameRate(v),
                    GetString(v, "pix_fmt"),
                    ReadRotation(v),
                    still ? 1 : GetPositiveLong(v, "nb_frames"));
                if (still)
                {
                    // An image demuxer invents a frame duration (1/25 s); a picture has no playing time.
                    duration = null;
                }
            }

            AudioStreamInfo? audio = audioElement is { } a
                ? new AudioStreamInfo(
                    GetString(a, "codec_name") ?? "unknown",
                    (int)(GetPositiveLong(a, "sample_rate") ?? 0),
                    (int)(GetPositiveLong(a, "channels") ?? 0))
                : null;

            return new MediaInfo(formatName, duration, bitRate, sizeBytes, video, audio);
        }
    }

    /// <summary>Parses an ffprobe rate such as "30000/1001", "30/1" or "25"; null for "0/0", "N/A" or garbage.</summary>
    public static double? ParseRate(string? rate)
    {
        if (string.IsNullOrWhiteSpace(rate))
        {
            return null;
        }

        var parts = rate.Split('/');
        if (parts.Length is < 1 or > 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator))
        {
            return null;
        }

        var denominator = 1d;
        if (parts.Length == 2 && !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out denominator))
        {
            return null;
        }

        var value = numerator / denominator;
        return double.IsFinite(value) && value > 0 ? value : null;
    }

    private static JsonElement? PickStream(List<JsonElement> streams, string codecType, Func<JsonElement, bool> accept)
    {
        var candidates = streams
            .Where(s => s.ValueKind == JsonValueKind.Object && GetString(s, "codec_type") == codecType && accept(s))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        return candidates.FirstOrDefault(c => Disposition(c, "default")) is { ValueKind: JsonValueKind.Object } preferred
            ? preferred
            : candidates[0];
    }

    private static bool IsAttachedPicture(JsonElement stream) =>
        Disposition(stream, "attached_pic") || Disposition(stream, "timed_thumbnails");

    private static bool Disposition(JsonElement stream, string flag) =>
        stream.TryGetProperty("disposition", out var d)
        && d.ValueKind == JsonValueKind.Object
        && GetPositiveLong(d, flag) is > 0;

    private static double ReadFrameRate(JsonElement stream)
    {
        // r_frame_rate is the real (container) rate; avg_frame_rate covers streams where r_frame_rate is 0/0.
        var rate = ParseRate(GetString(stream, "r_frame_rate")) ?? ParseRate(GetString(stream, "avg_frame_rate"));
        return rate ?? 0;
    }

    private static int ReadRotation(JsonElement stream)
    {
        double? counterClockwise = null;
        if (stream.TryGetProperty("side_data_list", out var sideData) && sideData.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in sideData.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && GetDouble(item, "rotation") is { } r)
                {
                    counterClockwise = r;
                    break;
                }
            }
        }

        // The display matrix angle is counter-clockwise; the legacy "rotate" tag is already clockwise.
        double? clockwise = counterClockwise is { } ccw ? -ccw : null;
        if (clockwise is null && stream.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Object)
        {
            clockwise = GetDouble(tags, "rotate");
        }

        if (clockwise is not { } degrees || !double.IsFinite(degrees))
        {
            return 0;
        }

        var quarter = (int)Math.Round(degrees / 90d, MidpointRounding.AwayFromZero) * 90;
        return ((quarter % 360) + 360) % 360;
    }

    private static string? GetString(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static double? GetDouble(JsonElement element, string name) =>
        double.TryParse(GetString(element, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value)
            ? value
            : null;

    private static double? GetPositiveDouble(JsonElement element, string name) =>
        GetDouble(element, name) is { } value && value > 0 ? value : null;

    private static long? GetPositiveLong(JsonElement element, string name) =>
        GetDouble(element, name) is { } value && value > 0 && value <= long.MaxValue ? (long)value : null;
}
