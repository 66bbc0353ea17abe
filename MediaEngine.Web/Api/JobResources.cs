using System.Text.Json.Nodes;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;

namespace MediaEngine.Web.Api;

/// <summary>The JSON shapes of <c>/api/v1/jobs</c>.</summary>
public static class JobResources
{
    /// <summary>
    /// <c>inputs</c> maps each graph input to a list of asset ids; <c>priority</c> is <c>high</c>, <c>normal</c> (the
    /// default) or <c>low</c>. Both are read by <see cref="SubmitRequestReader"/>, which names what does not read.
    /// </summary>
    public sealed record SubmitRequest(
        string? Preset,
        Dictionary<string, JsonNode?>? Inputs,
        Dictionary<string, JsonNode?>? Settings,
        JsonNode? Priority,
        Dictionary<string, JsonNode?>? Parameters = null);

    public sealed record Accepted(Guid Id, JobStatus Status, string Lane, int Attempt);

    public sealed record Summary(
        Guid Id, string Title, string Preset, int PresetVersion, JobStatus Status, JobPriority Priority, string Lane, int Attempt,
        double Progress, int? QueuePosition, DateTime CreatedAt, DateTime? StartedAt, DateTime? FinishedAt, string? SubmittedBy, string? Error);

    public sealed record Node(string Id, string Type, NodeRunState State, double Progress, double? DurationMs, bool Cached, string? Error);

    public sealed record ArtifactLink(Guid Id, string? Node, string? Port, MediaKind Kind, string MimeType, long SizeBytes, int? Width, int? Height, double? DurationSeconds, bool Published, string Content);

    public sealed record Details(Summary Job, Guid PresetVersionId, Guid? PreviousAttemptId, IReadOnlyList<Node> Nodes, IReadOnlyList<ArtifactLink> Artifacts);

    public static Summary ToSummary(JobListItem j) => new(
        j.Id, j.Title, j.PresetSlug, j.PresetVersion, j.Status, j.Priority, j.Lane, j.Attempt, j.Progress, j.QueuePosition,
        j.CreatedAt, j.StartedAt, j.FinishedAt, j.SubmittedBy, j.Error);

    public static Node ToNode(JobNodeRun r) => new(
        r.NodeId, r.NodeType, r.State, r.Progress,
        r.StartedAt is { } s && r.FinishedAt is { } f ? Math.Round((f - s).TotalMilliseconds, 1) : null,
        r.CacheHit, r.Error);

    public static ArtifactLink ToLink(Artifact a) => new(
        a.Id, a.NodeId, a.PortName, a.Kind, a.MimeType, a.SizeBytes, a.Width, a.Height, a.DurationSeconds, a.IsPublished,
        $"{ApiEndpoints.Prefix}/artifacts/{a.Id}/content");
}
