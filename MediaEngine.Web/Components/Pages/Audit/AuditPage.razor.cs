using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Querying;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Audit;

public partial class AuditPage
{
    private MudTable<AuditEvent>? _table;
    private IReadOnlyList<string> _actions = [];
    private string? _action;
    private string? _search;
    private DateRange? _range;

    [Inject]
    private AuditTrail Trail { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _actions = await Trail.ActionsAsync();

    private async Task<TableData<AuditEvent>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var filter = new AuditFilter(
            _action,
            _search,
            _range?.Start?.ToUniversalTime(),
            _range?.End?.AddDays(1).ToUniversalTime());
        var page = await Trail.SearchAsync(filter, new PageRequest(state.Page, state.PageSize), cancellationToken);
        return new TableData<AuditEvent> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task OnActionChangedAsync(string? action)
    {
        _action = action;
        return ReloadAsync();
    }

    private Task OnSearchChangedAsync(string? search)
    {
        _search = search;
        return ReloadAsync();
    }

    private Task OnRangeChangedAsync(DateRange? range)
    {
        _range = range;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private static Color ColorFor(string action) => action switch
    {
        _ when action.EndsWith("refused", StringComparison.Ordinal) || action.EndsWith("denied", StringComparison.Ordinal) => Color.Error,
        _ when action.StartsWith("signin", StringComparison.Ordinal) || action == "signout" => Color.Info,
        _ => Color.Default,
    };
}
