using System.Text.Json;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Web.Auth;
using MediaEngine.Workers.Jobs;
using MediaEngine.Workers.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Settings;

/// <summary>
/// The worker pool's state with pause and resume, and the worker nodes as they last checked in. Refreshes every
/// few seconds while the tab is open, and at once after a pause or resume made in this process.
/// </summary>
public sealed partial class WorkersPanel : IDisposable
{
    /// <summary>How often the open panel re-reads the pool state and the node table.</summary>
    internal static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    /// <summary>Running jobs linked per node; more are counted.</summary>
    private const int MaxJobsShown = 5;

    private MudTable<WorkerNode>? _table;
    private ITimer? _timer;
    private WorkerPoolState? _pool;
    private DateTime _now;
    private Dictionary<string, IReadOnlyList<(Guid Id, string Title)>> _runningJobs = [];
    private string? _reason;
    private string? _error;
    private bool _hideStopped;
    private bool _busy;
    private int _refreshing;
    private bool _disposed;

    [Inject]
    private WorkerPool Pool { get; set; } = default!;

    [Inject]
    private IDbContextFactory<MediaEngineDbContext> Contexts { get; set; } = default!;

    [Inject]
    private IOptions<WorkerOptions> Workers { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private TimeSpan CheckInInterval => Workers.Value.CheckInInterval;

    /// <summary>Alive when checked in within three check-in intervals, stopped after a clean shutdown, otherwise missing.</summary>
    internal static WorkerNodeState StateOf(WorkerNode node, DateTime now, TimeSpan checkInInterval) =>
        node.StoppedAt is not null ? WorkerNodeState.Stopped
        : now - node.LastCheckInAt <= 3 * checkInInterval ? WorkerNodeState.Alive
        : WorkerNodeState.Missing;

    public void Dispose()
    {
        _disposed = true;
        Pool.Changed -= OnPoolChanged;
        _timer?.Dispose();
    }

    protected override async Task OnInitializedAsync()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        Pool.Changed += OnPoolChanged;
        _timer = Clock.CreateTimer(_ => OnTick(), null, RefreshInterval, RefreshInterval);
        await LoadPoolAsync();
    }

    private void OnTick() => _ = InvokeAsync(RefreshAsync);

    // Raised on the thread that paused or resumed; the renderer does the work.
    private void OnPoolChanged(WorkerPoolState state) => _ = InvokeAsync(() =>
    {
        _pool = state;
        return RefreshAsync();
    });

    private async Task RefreshAsync()
    {
        if (_disposed || Interlocked.Exchange(ref _refreshing, 1) == 1)
        {
            return;
        }

        try
        {
            await LoadPoolAsync();
            if (_table is not null)
            {
                await _table.ReloadServerData();
            }

            StateHasChanged();
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private async Task LoadPoolAsync()
    {
        try
        {
            _pool = await Pool.GetStateAsync(CancellationToken.None);
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = $"Could not read the worker pool state ({ex.Message}). Check that the database is reachable; this panel retries every few seconds.";
        }
    }

    private async Task<TableData<WorkerNode>> LoadNodesAsync(TableState state, CancellationToken cancellationToken)
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        try
        {
            await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
            var nodes = db.WorkerNodes.AsNoTracking();
            if (_hideStopped)
            {
                nodes = nodes.Where(n => n.StoppedAt == null);
            }

            var total = await nodes.CountAsync(cancellationToken);
            var items = await nodes
                .OrderBy(n => n.StoppedAt != null)
                .ThenByDescending(n => n.LastCheckInAt)
                .Skip(state.Page * state.PageSize)
                .Take(state.PageSize)
                .ToListAsync(cancellationToken);
            var ids = items.Select(n => n.Id).ToList();
            var running = await db.Jobs.AsNoTracking()
                .Where(j => j.Status == JobStatus.Running && j.WorkerId != null && ids.Contains(j.WorkerId))
                .OrderBy(j => j.StartedAt)
                .Select(j => new { j.Id, j.Title, WorkerId = j.WorkerId! })
                .ToListAsync(cancellationToken);
            _runningJobs = running.GroupBy(j => j.WorkerId).ToDictionary(g => g.Key, g => (IReadOnlyList<(Guid, string)>)[.. g.Select(j => (j.Id, j.Title))]);
            return new TableData<WorkerNode> { Items = items, TotalItems = total };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = $"Could not read the worker nodes ({ex.Message}). Check that the database is reachable; this panel retries every few seconds.";
            return new TableData<WorkerNode> { Items = [], TotalItems = 0 };
        }
    }

    private Task OnHideStoppedChangedAsync(bool hide)
    {
        _hideStopped = hide;
        return _table?.ReloadServerData() ?? Task.CompletedTask;
    }

    private Task PauseAsync() => ChangeAsync(
        async actor => await Pool.PauseAsync(_reason, actor, CancellationToken.None),
        state => $"Paused the worker pool: {state.Reason}.",
        "pause");

    private Task ResumeAsync() => ChangeAsync(
        actor => Pool.ResumeAsync(actor, CancellationToken.None),
        _ => "Resumed the worker pool; queued jobs start again.",
        "resume");

    private async Task ChangeAsync(Func<Domain.Auditing.AuditActor, Task<WorkerPoolState>> change, Func<WorkerPoolState, string> done, string verb)
    {
        _busy = true;
        try
        {
            var actor = PrincipalFactory.ToActor((await AuthenticationState).User);
            _pool = await change(actor);
            _reason = null;
            Snackbar.Add(done(_pool), Severity.Success);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Snackbar.Add($"Could not {verb} the worker pool: {ex.Message}. Check that the database is reachable and try again.", Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }

    private static string Lanes(WorkerNode node)
    {
        try
        {
            var lanes = JsonSerializer.Deserialize<Dictionary<string, int>>(node.LanesJson);
            return lanes is null || lanes.Count == 0 ? "–" : string.Join(" · ", lanes.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key} {l.Value}"));
        }
        catch (JsonException)
        {
            return node.LanesJson;
        }
    }

    private static Color ColorOf(WorkerNodeState state) => state switch
    {
        WorkerNodeState.Alive => Color.Success,
        WorkerNodeState.Missing => Color.Error,
        _ => Color.Default,
    };

    private static string Describe(WorkerNodeState state) => state switch
    {
        WorkerNodeState.Alive => "alive",
        WorkerNodeState.Missing => "missing",
        _ => "stopped",
    };
}
