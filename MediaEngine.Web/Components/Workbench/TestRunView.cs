using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Web.Components.Pages.Jobs;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>What a workbench test run shows: its job, each node's state for the canvas, the log and the files written so far.</summary>
public sealed record TestRunView(
    Guid JobId,
    JobStatus Status,
    IReadOnlyDictionary<string, CanvasNodeState> States,
    IReadOnlyList<JobLogLine> Log,
    IReadOnlyList<Artifact> Artifacts);
