using System.Text.Json.Nodes;
using MediaEngine.Domain.Entities;

namespace MediaEngine.Workers.Jobs;

/// <summary>
/// A request to run a preset: <see cref="Preset"/> is a slug, <c>slug@version</c> or an id; <see cref="Inputs"/>
/// maps each graph input to asset ids; <see cref="Settings"/> overrides <c>node.setting</c> values.
/// </summary>
public sealed record JobSubmission(
    string Preset,
    IReadOnlyDictionary<string, IReadOnlyList<Guid>> Inputs,
    IReadOnlyDictionary<string, JsonNode?>? Settings = null,
    JobPriority Priority = JobPriority.Normal)
{
    /// <summary>A workbench test run: its own lane and trigger group, never in the production queue.</summary>
    public bool IsTest { get; init; }

    public Guid? PreviousAttemptId { get; init; }

    public int Attempt { get; init; } = 1;

    public Guid? ScheduleId { get; init; }

    public Guid? BatchId { get; init; }
}
