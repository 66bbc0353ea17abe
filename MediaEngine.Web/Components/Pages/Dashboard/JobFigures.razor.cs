using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Jobs;
using MediaEngine.Workers.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace MediaEngine.Web.Components.Pages.Dashboard;

/// <summary>
/// The dashboard's job figures: running and queued jobs per lane, jobs finished per day, recent failures and
/// whether the worker pool is paused. Reloads when a job changes state anywhere, at most once a second.
/// </summary>
public sealed partial class JobFigures : IDisposable
{
    /// <summary>The shortest time between two reloads, however many jobs change state.</summary>
    internal static readonly TimeSpan ReloadInterval = TimeSpan.FromSeconds(1);

    private const int DaysShown = 14;
    private const int FailuresShown = 5;

    private readonly CancellationTokenSource _stopping = new();
    private IDisposable? _subscription;
    private int _reloadPending;
    private DateTimeOffset _loadStartedAt;
    private IReadOnlyList<LaneTile>? _lanes;
    private IReadOnlyList<DailyJobCounts> _days = [];
    private IReadOnlyList<RecentJobFailure> _failures = [];
    private WorkerPoolState? _pool;
    private DateTime _now;
    private string? _error;

    [Inject]
    private JobStatistics Statistics { get; set; } = default!;

    [Inject]
    private WorkerPool Pool { get; set; } = default!;

    [Inject]
    private JobEventBus Bus { get; set; } = default!;

    [Inject]
    private IOptions<WorkerOptions> Workers { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    public void Dispose()
    {
        _subscription?.Dispose();
        _subscription = null;
        Pool.Changed -= OnPoolChanged;
        // Cancelled, not disposed: a reload already queued on the renderer still reads its token.
        _stopping.Cancel();
    }

    protected override async Task OnInitializedAsync()
    {
        _subscription = Bus.Subscribe(null, OnJobEvent);
        Pool.Changed += OnPoolChanged;
        await LoadAsync();
    }

    // Bus handlers run on the publisher's thread: they only ask the renderer for a reload.
    private void OnJobEvent(JobEventMessage message)
    {
        if (message.Kind == JobEventKind.StateChanged)
        {
            ScheduleReload();
        }
    }

    private void OnPoolChanged(WorkerPoolState state) => ScheduleReload();

    private void ScheduleReload()
    {
        if (_stopping.IsCancellationRequested || Interlocked.Exchange(ref _reloadPending, 1) == 1)
        {
            return;
        }

        _ = InvokeAsync(ReloadAsync);
    }

    private async Task ReloadAsync()
    {
        try
        {
            var wait = _loadStartedAt + ReloadInterval - Clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, Clock, _stopping.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        Volatile.Write(ref _reloadPending, 0);
        await LoadAsync();
        if (!_stopping.IsCancellationRequested)
        {
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        _loadStartedAt = Clock.GetUtcNow();
        var cancellationToken = _stopping.Token;
        try
        {
            var now = _loadStartedAt.UtcDateTime;
            var lanes = await Statistics.LaneCountsAsync(cancellationToken);
            _days = await Statistics.DailyAsync(DaysShown, now, cancellationToken);
            _failures = await Statistics.RecentFailuresAsync(FailuresShown, cancellationToken);
            _pool = await Pool.GetStateAsync(cancellationToken);
            _lanes = Tiles(lanes);
            _now = now;
            _error = null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // the dashboard was closed
        }
        catch (Exception ex)
        {
            _lanes ??= [];
            _error = $"Could not read the job figures ({ex.Message}). They refresh on the next job change; reload the page to try again now.";
        }
    }

    /// <summary>A tile for every configured production lane, and for any other lane that has work.</summary>
    private List<LaneTile> Tiles(IReadOnlyList<LaneJobCounts> counts)
    {
        var limits = Workers.Value.Lanes;
        var byLane = counts.ToDictionary(c => c.Lane, StringComparer.OrdinalIgnoreCase);
        return [.. limits.Keys
            .Where(lane => !string.Equals(lane, LaneNames.Test, StringComparison.OrdinalIgnoreCase))
            .Concat(byLane.Keys)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(lane => new LaneTile(
                lane,
                byLane.GetValueOrDefault(lane)?.Running ?? 0,
                byLane.GetValueOrDefault(lane)?.Queued ?? 0,
                limits.TryGetValue(lane, out var limit) ? limit : 1))];
    }

    private sealed record LaneTile(string Name, int Running, int Queued, int Limit)
    {
        public double Load => Limit <= 0 ? 100 : Math.Min(100, 100.0 * Running / Limit);
    }
}
