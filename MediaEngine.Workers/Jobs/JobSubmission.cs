using System.Text.Json.Nodes;
using MediaEngine.Domain.Entities;

namespace MediaEngine.Workers.Jobs;

/// <summary>
/// A request to run a preset: <see cref="Preset"/> is a slug, <c>slug@version</c> or an id; <see cref="Inputs"/>
/// maps each graph input to asset ids; <see cref="Settings"/> overrides <c>node.setting</c> values;
/// <see cref="Parameters"/> gives graph parameters (the brand kit) values over their defaults.
/// </summary>
public sealed record JobSubmission(
    string Preset,
    IReadOnlyDictionary<string, IReadOnlyList<Guid>> Inputs,
    IReadOnlyDictionary<string, JsonNode?>? Settings = null,
    JobPriority Priority = JobPriority.Normal,
    IReadOnlyDictionary<string, JsonNode?>? Parameters = null)
{
    /// <summary>The id the job gets, so a caller can watch its events before submitting; a new one when not given.</summary>
    public Guid? JobId { get; init; }

    /// <summary>A workbench test run: its own lane and trigger group, never in the production queue.</summary>
    public bool IsTest { get; init; }

    public Guid? PreviousAttemptId { get; init; }

    public int Attempt { get; init; } = 1;

    public Guid? ScheduleId { get; init; }

    public Guid? BatchId { get; init; }

    /// <summary>The priorities a request may name, as it names them: <c>low, normal, high</c>.</summary>
    public static string PriorityNames { get; } = string.Join(", ", Enum.GetNames<JobPriority>().Select(n => n.ToLowerInvariant()));

    /// <summary>
    /// What the caller could not read in its request (a priority name that is none, an asset id that is not an id):
    /// reported together with every other problem; an input with such a problem is not checked again.
    /// </summary>
    public IReadOnlyList<JobProblem> RequestProblems { get; init; } = [];
}
