using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Presets;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Pages.Jobs;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Jobs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// Runs the current graph on chosen inputs as a test job (stored as a hidden draft version so the job pins exactly
/// what ran), follows that one job on the event bus and reports each node's state, error and output thumbnail, the log
/// and the files written so far.
/// </summary>
public partial class WorkbenchTestRun
{
    private readonly DialogOptions _options = new() { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true };
    private readonly Dictionary<string, IReadOnlyList<Asset>> _chosen = [];
    private IReadOnlyList<JobProblem> _problems = [];
    private List<JobProblem> _otherProblems = [];
    private AuditActor _actor = default!;
    private IDisposable? _subscription;
    private PipelineGraph? _ran;
    private JobLiveState? _live;
    private TestRunView? _view;
    private IReadOnlyList<Artifact> _artifacts = [];
    private bool _open;
    private bool _busy;

    [Parameter, EditorRequired]
    public PipelineGraph Graph { get; set; } = default!;

    /// <summary>The preset being edited, for the draft's note; null for a new graph.</summary>
    [Parameter]
    public string? Slug { get; set; }

    /// <summary>Why a test run cannot start now (the graph has problems); null when it can.</summary>
    [Parameter]
    public string? DisabledReason { get; set; }

    /// <summary>Receives each new view of the run; null when a run could not start.</summary>
    [Parameter]
    public EventCallback<TestRunView?> OnChanged { get; set; }

    [Inject]
    private WorkbenchDrafts Drafts { get; set; } = default!;

    [Inject]
    private JobSubmissionService Submissions { get; set; } = default!;

    [Inject]
    private JobQueries Queries { get; set; } = default!;

    [Inject]
    private JobEventBus Bus { get; set; } = default!;

    [Inject]
    private NodeCatalog NodeTypes { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    public void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override async Task OnInitializedAsync() =>
        _actor = PrincipalFactory.ToActor((await Authentication.GetAuthenticationStateAsync()).User);

    private IReadOnlyList<Asset> ChosenFor(string input) => _chosen.GetValueOrDefault(input) ?? [];

    private string? ProblemFor(string input)
    {
        var messages = _problems.Where(p => p.Field == $"inputs.{input}").Select(p => p.Message).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private async Task StartAsync()
    {
        _busy = true;
        var jobId = Guid.NewGuid();
        try
        {
            var graph = Graph;
            var draft = await Drafts.AddAsync(graph, Slug, _actor);
            var inputs = _chosen.Where(c => graph.Inputs.Any(i => i.Name == c.Key))
                .ToDictionary(c => c.Key, c => (IReadOnlyList<Guid>)[.. c.Value.Select(a => a.Id)]);
            var submission = new JobSubmission(draft.Id.ToString(), inputs, null, JobPriority.High) { IsTest = true, JobId = jobId };

            // Watch this job only, from before it is submitted: a test job may start and finish from the cache within milliseconds.
            _subscription?.Dispose();
            (_ran, _live, _artifacts) = (graph, new JobLiveState(JobStatus.Queued, 0, graph.Nodes.Select(n => n.Id)), []);
            await PublishAsync(jobId);
            _subscription = Bus.Subscribe(jobId, message => _ = InvokeAsync(() => ApplyAsync(message)));
            await Submissions.SubmitAsync(submission, _actor, CancellationToken.None);
            (_problems, _otherProblems, _open) = ([], [], false);
        }
        catch (JobSubmissionException ex)
        {
            _subscription?.Dispose();
            (_subscription, _live, _view) = (null, null, null);
            await OnChanged.InvokeAsync(null);
            var inputFields = Graph.Inputs.Select(i => $"inputs.{i.Name}").ToHashSet();
            (_problems, _otherProblems) = (ex.Problems, [.. ex.Problems.Where(p => !inputFields.Contains(p.Field))]);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ApplyAsync(JobEventMessage message)
    {
        if (_live is null || _view is null || message.JobId != _view.JobId || !_live.Apply(message))
        {
            return;
        }

        if (message.Kind is JobEventKind.NodeFinished or JobEventKind.StateChanged)
        {
            _artifacts = await Queries.ArtifactsAsync(message.JobId);
        }

        await PublishAsync(message.JobId);
        StateHasChanged();
    }

    private Task PublishAsync(Guid jobId)
    {
        var files = _artifacts.Where(a => a.NodeId is not null).GroupBy(a => a.NodeId!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Artifact>)[.. g.OrderBy(a => a.CreatedAt)]);
        var states = _live!.Statuses.ToDictionary(s => s.Key, s => StateOf(s.Value, files.GetValueOrDefault(s.Key) ?? []));
        _view = new TestRunView(jobId, _live.Status, _ran!, states, _live.Log, _artifacts);
        return OnChanged.InvokeAsync(_view);
    }

    private static CanvasNodeState StateOf(Shared.Graph.NodeStatus status, IReadOnlyList<Artifact> files) => status.State switch
    {
        NodeRunState.Failed => new(status.State, TextOf(status), status.Error, CanvasPreview.Failed(status.Error ?? "failed without a message")),
        NodeRunState.Succeeded => new(status.State, TextOf(status), null, CanvasPreview.Of(files)),
        _ => new(status.State, TextOf(status), status.Error),
    };

    private static string TextOf(Shared.Graph.NodeStatus status) => status.State switch
    {
        NodeRunState.Running => $"running {JobDisplay.Percent(status.Progress)}",
        NodeRunState.Succeeded when status.CacheHit => "from cache",
        NodeRunState.Succeeded => status.Duration is { } d ? $"done in {JobDisplay.Duration(d)}" : "done",
        _ => status.State.ToString().ToLowerInvariant(),
    };
}
