using System.Text.Json;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;

namespace MediaEngine.Workers.Events;

/// <summary>
/// The structured detail a stored job event carries as JSON (<see cref="JobEvent.DataJson"/>): the new status of a
/// state change, a finished node's state, duration and cache hit, and the process that wrote it. One reader and
/// writer for the recorder, the relay and the live views.
/// </summary>
public static class JobEventData
{
    /// <summary>Detail of a state change written by <paramref name="origin"/> (a worker identity), or by no process in particular.</summary>
    public static string StateChanged(JobStatus status, string? origin = null) =>
        Write(new JsonObject { ["status"] = status.ToString() }, origin);

    /// <summary>Detail of a note (a log line that is no node's) written by <paramref name="origin"/>.</summary>
    public static string Note(string origin) => Write([], origin);

    public static string NodeFinished(NodeRunState? state, TimeSpan? duration, bool cacheHit) =>
        Write(new JsonObject { ["state"] = state?.ToString(), ["durationMs"] = duration?.TotalMilliseconds, ["cacheHit"] = cacheHit }, null);

    public static JobStatus? Status(string? json) =>
        Read(json, root => root.TryGetProperty("status", out var s) && Enum.TryParse<JobStatus>(s.GetString(), out var status) ? status : (JobStatus?)null);

    public static (NodeRunState? State, TimeSpan? Duration, bool CacheHit) Finish(string? json) =>
        Read(json, root => (
            root.TryGetProperty("state", out var s) && Enum.TryParse<NodeRunState>(s.GetString(), out var state) ? state : (NodeRunState?)null,
            root.TryGetProperty("durationMs", out var d) && d.ValueKind == JsonValueKind.Number ? TimeSpan.FromMilliseconds(d.GetDouble()) : (TimeSpan?)null,
            root.TryGetProperty("cacheHit", out var c) && c.ValueKind == JsonValueKind.True));

    /// <summary>The worker identity of the process that wrote the event, when it said.</summary>
    public static string? Origin(string? json) =>
        Read(json, root => root.TryGetProperty("origin", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null);

    /// <summary>The stored event as the bus carries it.</summary>
    public static JobEventMessage ToMessage(JobEvent e, double? jobProgress = null)
    {
        var (state, duration, cacheHit) = e.Kind == JobEventKind.NodeFinished ? Finish(e.DataJson) : (null, null, false);
        return new JobEventMessage(e.JobId, e.Kind, e.At)
        {
            NodeId = e.NodeId,
            Status = e.Kind == JobEventKind.StateChanged ? Status(e.DataJson) : null,
            Progress = e.Progress,
            JobProgress = jobProgress,
            Message = e.Message,
            EventId = e.Id,
            NodeState = e.Kind switch
            {
                JobEventKind.NodeStarted or JobEventKind.NodeProgress => NodeRunState.Running,
                JobEventKind.NodeFinished => state,
                _ => null,
            },
            Duration = duration,
            CacheHit = cacheHit,
        };
    }

    private static string Write(JsonObject data, string? origin)
    {
        if (origin is not null)
        {
            data["origin"] = origin;
        }

        return data.ToJsonString();
    }

    private static T? Read<T>(string? json, Func<JsonElement, T> read)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? read(document.RootElement) : default;
        }
        catch (JsonException)
        {
            return default; // an unreadable detail is passed on without it
        }
    }
}
