using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Querying;
using MediaEngine.Domain.Users;
using MediaEngine.Web.Auth;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Jobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Jobs;

/// <summary>
/// Every job, paged and filtered on the server. Live: progress and status of the rows on the page follow the event
/// bus (re-rendered at most five times a second), and the page reloads shortly after a job on it changes state or a
/// new job is queued. Operators cancel and retry the selected jobs. The status, preset and search filters live in the
/// address (<c>/jobs?status=Failed&amp;preset=web-images&amp;q=…</c>), so a filtered list can be linked and bookmarked.
/// </summary>
public partial class JobsPage : IDisposable
{
    private static readonly TimeSpan RenderInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ReloadDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);

    private MudTable<JobRow>? _table;
    private Dictionary<Guid, JobRow> _rows = [];
    private HashSet<JobRow> _selected = [];
    private IReadOnlyList<(string Slug, string Name)> _presets = [];
    private IReadOnlyList<User> _users = [];
    private JobStatus? _status;
    private string? _preset;
    private Guid? _submitter;
    private DateRange? _range;
    private string? _search;
    private bool _canOperate;
    private bool _busy;
    private IDisposable? _subscription;
    private Coalescer? _render;
    private Coalescer? _reload;
    private ITimer? _ticker;

    [SupplyParameterFromQuery(Name = "status")]
    public string? StatusQuery { get; set; }

    [SupplyParameterFromQuery(Name = "preset")]
    public string? PresetQuery { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    public string? SearchQuery { get; set; }

    [Inject]
    private JobQueries Queries { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private JobEventBus Bus { get; set; } = default!;

    [Inject]
    private JobControlService Control { get; set; } = default!;

    [Inject]
    private UserService Users { get; set; } = default!;

    [Inject]
    private IDbContextFactory<MediaEngineDbContext> Contexts { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private CircuitAuthorization Access { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private string SelectionText => _selected.Count == 0 ? "Select jobs to cancel or retry them." : $"{_selected.Count} selected";

    public void Dispose()
    {
        _subscription?.Dispose();
        _render?.Dispose();
        _reload?.Dispose();
        _ticker?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override async Task OnInitializedAsync()
    {
        _render = new Coalescer(RenderInterval, () => InvokeAsync(StateHasChanged), Clock);
        _reload = new Coalescer(ReloadDelay, () => InvokeAsync(ReloadAsync), Clock);
        _status = Enum.TryParse<JobStatus>(StatusQuery, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;
        _preset = string.IsNullOrWhiteSpace(PresetQuery) ? null : PresetQuery.Trim();
        _search = string.IsNullOrWhiteSpace(SearchQuery) ? null : SearchQuery.Trim();
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            var presets = await db.Presets.AsNoTracking().OrderBy(p => p.Slug).Select(p => new { p.Slug, p.Name }).ToListAsync();
            _presets = [.. presets.Select(p => (p.Slug, p.Name))];
        }

        _users = await Users.ListAsync();
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _canOperate = (await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded;
        _subscription = Bus.Subscribe(null, OnJobEvent);
        _ticker = Clock.CreateTimer(_ => OnTick(), null, TickInterval, TickInterval);
    }

    private async Task<TableData<JobRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var filter = new JobFilter(
            _status,
            _preset,
            _submitter,
            JobDisplay.UtcDay(_range?.Start),
            JobDisplay.UtcDay(_range?.End?.AddDays(1)),
            _search);
        var page = await Queries.ListAsync(filter, new PageRequest(state.Page, state.PageSize), cancellationToken);
        var rows = page.Items.Select(i => new JobRow(i)).ToList();
        _rows = rows.ToDictionary(r => r.Id);
        return new TableData<JobRow> { Items = rows, TotalItems = page.TotalCount };
    }

    /// <summary>On a worker thread: hands the event to the renderer.</summary>
    private void OnJobEvent(JobEventMessage message) => _ = InvokeAsync(() => Apply(message));

    private void Apply(JobEventMessage message)
    {
        var onPage = _rows.TryGetValue(message.JobId, out var row);
        if (onPage && row!.Apply(message))
        {
            _render?.Request();
        }

        // A state change moves rows between filters and queue places: reload when it concerns this page.
        if (message.Kind == JobEventKind.StateChanged
            && (onPage || message.Status == JobStatus.Queued || _rows.Values.Any(r => r.Status == JobStatus.Queued)))
        {
            _reload?.Request();
        }
    }

    private void OnTick()
    {
        if (_rows.Values.Any(r => r.Status == JobStatus.Running))
        {
            _render?.Request();
        }
    }

    private Task OnStatusChangedAsync(JobStatus? status)
    {
        _status = status;
        return FilterChangedAsync();
    }

    private Task OnPresetChangedAsync(string? preset)
    {
        _preset = preset;
        return FilterChangedAsync();
    }

    private Task OnSubmitterChangedAsync(Guid? submitter)
    {
        _submitter = submitter;
        return ReloadAsync();
    }

    private Task OnRangeChangedAsync(DateRange? range)
    {
        _range = range;
        return ReloadAsync();
    }

    private Task OnSearchChangedAsync(string? search)
    {
        _search = search;
        return FilterChangedAsync();
    }

    /// <summary>Keeps the address in step with the filters that live in it, then reloads the rows.</summary>
    private Task FilterChangedAsync()
    {
        Navigation.NavigateTo(
            Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { ["status"] = _status?.ToString(), ["preset"] = _preset, ["q"] = _search }),
            replace: true);
        return ReloadAsync();
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private Task CancelSelectedAsync() =>
        BulkAsync("Cancelled", "cancel", (id, actor) => Control.CancelAsync(id, actor, CancellationToken.None));

    private Task RetrySelectedAsync() =>
        BulkAsync("Retried", "retry", (id, actor) => Control.RetryAsync(id, actor, CancellationToken.None));

    private async Task BulkAsync(string done, string verb, Func<Guid, AuditActor, Task> action)
    {
        _busy = true;
        try
        {
            if (await Access.AuthorizeAsync(Policies.Operator, $"bulk {verb}", $"jobs:{string.Join(',', _selected.Select(r => r.Id.ToString("N")[..8]))}") is not { } actor)
            {
                Snackbar.Add($"Only operators and admins can {verb} jobs.", Severity.Error);
                return;
            }

            var result = await Control.ForEachAsync([.. _selected.Select(r => r.Id)], id => action(id, actor));
            var severity = result.Refused.Count == 0 ? Severity.Success : result.Done == 0 ? Severity.Error : Severity.Warning;
            Snackbar.Add(JobDisplay.BulkSummary(done, result), severity);
            _selected = [];
        }
        catch (Exception ex) when (ex is Quartz.SchedulerException or DbUpdateException)
        {
            Snackbar.Add($"Could not {verb} the selected jobs: {ex.Message} Try again in a moment.", Severity.Error);
        }
        finally
        {
            _busy = false;
        }

        await ReloadAsync();
    }
}
