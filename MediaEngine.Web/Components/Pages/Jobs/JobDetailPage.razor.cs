using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Auth;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Jobs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Jobs;

/// <summary>
/// One job, live: its graph with each node's state, the log tail, node timing, inputs and outputs. On every
/// (re)initialisation the page reads the current state from the database first and then follows the job on the
/// event bus, so a reconnecting circuit catches up; a state change reloads the job row and its files.
/// </summary>
public partial class JobDetailPage : IDisposable
{
    private static readonly TimeSpan RenderInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);

    private Guid _loadedId;
    private JobListItem? _job;
    private Job? _row;
    private PipelineGraph? _graph;
    private string? _graphError;
    private JobLiveState? _live;
    private IReadOnlyList<Artifact> _artifacts = [];
    private IReadOnlyList<JobInputFile> _inputs = [];
    private TimeSpan? _typical;
    private string? _selectedNodeId;
    private bool _notFound;
    private bool _busy;
    private bool _disposed;
    private IDisposable? _subscription;
    private List<JobEventMessage>? _early;
    private Coalescer? _render;
    private ITimer? _ticker;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private JobQueries Queries { get; set; } = default!;

    [Inject]
    private JobEventBus Bus { get; set; } = default!;

    [Inject]
    private JobControlService Control { get; set; } = default!;

    [Inject]
    private IDbContextFactory<MediaEngineDbContext> Contexts { get; set; } = default!;

    [Inject]
    private NodeCatalog NodeTypes { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private CircuitAuthorization Access { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>When the newest shown event happened, in Unix milliseconds: lets a browser measure event-to-screen latency.</summary>
    private string? LastChangeEpochMs => _live?.LastChangeAt is { } at
        ? ((long)(at - DateTime.UnixEpoch).TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : null;

    private string ProgressNote => _live?.Status switch
    {
        JobStatus.Queued => " · waiting for a worker",
        JobStatus.Running when _row?.CancelRequestedAt is not null => " · stopping: cancel requested",
        _ => string.Empty,
    };

    private string OutputsEmptyText => _live?.Status switch
    {
        JobStatus.Queued or JobStatus.Running => "Files appear here as the nodes write them.",
        JobStatus.Succeeded => "This job wrote no files.",
        _ => "The job stopped before writing any file.",
    };

    /// <summary>While running, with history: the preset's typical run time minus the time already spent.</summary>
    private string? Eta
    {
        get
        {
            if (_live?.Status != JobStatus.Running || _job?.StartedAt is not { } start || _typical is not { } typical)
            {
                return null;
            }

            var left = start + typical - Now;
            return left > TimeSpan.Zero
                ? $"about {JobDisplay.Duration(left)} left (a typical run takes {JobDisplay.Duration(typical)})"
                : $"any moment: it is taking longer than the typical {JobDisplay.Duration(typical)}";
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _subscription?.Dispose();
        _render?.Dispose();
        _ticker?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void OnInitialized()
    {
        _render = new Coalescer(RenderInterval, () => InvokeAsync(StateHasChanged), Clock);
        _ticker = Clock.CreateTimer(_ => OnTick(), null, TickInterval, TickInterval);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Id == _loadedId && (_job is not null || _notFound))
        {
            return;
        }

        // Follow the bus before reading the database, holding what arrives meanwhile: a job that moves on while the
        // page loads (a fast or cached run) is then shown as it is, not as it was when the read began.
        _subscription?.Dispose();
        _loadedId = Id;
        _early = [];
        _subscription = Bus.Subscribe(Id, OnJobEvent);
        await LoadAsync();
        var early = _early;
        _early = null;
        if (_notFound || _disposed)
        {
            _subscription.Dispose();
            _subscription = null;
            return;
        }

        foreach (var message in early)
        {
            await ApplyAsync(message);
        }
    }

    private async Task LoadAsync()
    {
        _job = await Queries.FindAsync(Id);
        _row = _job is null ? null : await Queries.JobRowAsync(Id);
        _notFound = _job is null || _row is null;
        _selectedNodeId = null;
        if (_notFound)
        {
            _live = null;
            return;
        }

        await using var db = await Contexts.CreateDbContextAsync();
        (_graph, _graphError) = await GraphOfAsync(db, _row!.PresetVersionId);
        var runs = await Queries.NodeRunsAsync(Id);
        var events = await Queries.RecentEventsAsync(Id, JobLiveState.MaxLogLines);
        var live = new JobLiveState(_job!.Status, _job.Progress, _graph?.Nodes.Select(n => n.Id) ?? runs.Select(r => r.NodeId));
        live.Load(runs, events);
        _live = live;
        _artifacts = await Queries.ArtifactsAsync(Id);
        _inputs = await InputsOfAsync(db, _row.InputsJson);
        _typical = await Queries.TypicalDurationAsync(_row.PresetId);
    }

    private static async Task<(PipelineGraph?, string?)> GraphOfAsync(MediaEngineDbContext db, Guid versionId)
    {
        var json = await db.PresetVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => v.GraphJson).FirstOrDefaultAsync();
        if (json is null)
        {
            return (null, "the preset version no longer exists.");
        }

        try
        {
            return (PipelineGraphJson.Deserialize(json), null);
        }
        catch (GraphFormatException ex)
        {
            return (null, ex.Message);
        }
    }

    private static async Task<IReadOnlyList<JobInputFile>> InputsOfAsync(MediaEngineDbContext db, string inputsJson)
    {
        var inputs = JobPayload.InputsFromJson(inputsJson);
        var ids = inputs.Values.SelectMany(v => v).Distinct().ToList();
        var assets = await db.Assets.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id);
        return [.. inputs.OrderBy(i => i.Key, StringComparer.Ordinal)
            .SelectMany(i => i.Value.Select(id => new JobInputFile(i.Key, id, assets.GetValueOrDefault(id))))];
    }

    /// <summary>On a worker thread: hands the event to the renderer.</summary>
    private void OnJobEvent(JobEventMessage message) => _ = InvokeAsync(() => ApplyAsync(message));

    private async Task ApplyAsync(JobEventMessage message)
    {
        if (_early is not null && message.JobId == _loadedId)
        {
            _early.Add(message);
            return;
        }

        if (_disposed || _live is null || message.JobId != _loadedId)
        {
            return;
        }

        var before = _live.Status;
        if (!_live.Apply(message))
        {
            return;
        }

        if (_live.Status == before)
        {
            _render?.Request();
            return;
        }

        try
        {
            await ReloadJobAsync();
        }
        catch (DbUpdateException ex)
        {
            Snackbar.Add($"The job changed to {_live.Status} but could not be read again: {ex.Message} Reload the page.", Severity.Warning);
        }

        StateHasChanged();
    }

    /// <summary>After a state change: the row (times, error, queue place) and the files, keeping the live node states.</summary>
    private async Task ReloadJobAsync()
    {
        if (await Queries.FindAsync(_loadedId) is { } job)
        {
            _job = job;
            _live?.SetJob(job.Status, job.Progress);
        }

        _row = await Queries.JobRowAsync(_loadedId) ?? _row;
        _artifacts = await Queries.ArtifactsAsync(_loadedId);
    }

    private void OnTick()
    {
        if (_live?.Status == JobStatus.Running)
        {
            _render?.Request();
        }
    }

    private void SelectNode(string nodeId) => _selectedNodeId = _selectedNodeId == nodeId ? null : nodeId;

    private async Task CancelAsync()
    {
        _busy = true;
        try
        {
            if (await Access.AuthorizeAsync(Policies.Operator, "cancel", $"job:{_loadedId}") is not { } actor)
            {
                Snackbar.Add("Only operators and admins can cancel jobs.", Severity.Error);
                return;
            }

            var job = await Control.CancelAsync(_loadedId, actor, CancellationToken.None);
            Snackbar.Add(
                job.Status == JobStatus.Cancelled ? "Cancelled; the job will not run." : "Cancel requested; the job stops at its next checkpoint.",
                Severity.Info);
            await ReloadJobAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or Quartz.SchedulerException)
        {
            Snackbar.Add($"Could not cancel: {ex.Message}", Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RetryAsync()
    {
        _busy = true;
        try
        {
            if (await Access.AuthorizeAsync(Policies.Operator, "retry", $"job:{_loadedId}") is not { } actor)
            {
                Snackbar.Add("Only operators and admins can retry jobs.", Severity.Error);
                return;
            }

            var retry = await Control.RetryAsync(_loadedId, actor, CancellationToken.None);
            Snackbar.Add($"Queued attempt {retry.Attempt}.", Severity.Success);
            Navigation.NavigateTo($"/jobs/{retry.Id}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or JobSubmissionException or Quartz.SchedulerException)
        {
            Snackbar.Add($"Could not retry: {ex.Message}", Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }
}
