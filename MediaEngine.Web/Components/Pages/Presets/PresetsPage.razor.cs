using MediaEngine.Domain.Presets;
using MediaEngine.Domain.Querying;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Presets;

/// <summary>
/// Every preset, searched, filtered and paged on the server, with a thumbnail of its latest graph, its latest version,
/// when it last ran and how often its jobs succeed. Anyone signed in exports; operators clone and import.
/// </summary>
public partial class PresetsPage
{
    private MudTable<PresetSummary>? _table;
    private string? _search;
    private PresetKindFilter _kind = PresetKindFilter.All;
    private bool _canOperate;
    private PresetSummary? _cloneSource;
    private bool _cloneVisible;

    [Inject]
    private PresetQueries Queries { get; set; } = default!;

    [Inject]
    private NodeCatalog NodeTypes { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _canOperate = (await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded;
    }

    private async Task<TableData<PresetSummary>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var page = await Queries.ListAsync(new PresetFilter(_search, _kind), new PageRequest(state.Page, state.PageSize), cancellationToken);
        return new TableData<PresetSummary> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task OnSearchChangedAsync(string? search)
    {
        _search = search;
        return ReloadAsync();
    }

    private Task OnKindChangedAsync(PresetKindFilter kind)
    {
        _kind = kind;
        return ReloadAsync();
    }

    private Task OnImportedAsync(PresetImportResult result) => ReloadAsync();

    private void OpenClone(PresetSummary source)
    {
        _cloneSource = source;
        _cloneVisible = true;
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;
}
