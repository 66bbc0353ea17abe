using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Jobs;
using MediaEngine.Web.Components.Pages.Jobs;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// What a workbench test run shows: its job, the graph it ran (to tell which nodes changed since), each node's state for
/// the canvas, the log and the files written so far.
/// </summary>
public sealed record TestRunView(
    Guid JobId,
    JobStatus Status,
    PipelineGraph Graph,
    IReadOnlyDictionary<string, CanvasNodeState> States,
    IReadOnlyList<JobLogLine> Log,
    IReadOnlyList<Artifact> Artifacts)
{
    /// <summary>The files one node wrote, oldest first.</summary>
    public IReadOnlyList<Artifact> FilesOf(string nodeId) => [.. Artifacts.Where(a => a.NodeId == nodeId).OrderBy(a => a.CreatedAt)];
}
