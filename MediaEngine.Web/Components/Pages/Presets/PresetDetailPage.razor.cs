using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Jobs;
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
/// One preset: its latest graph (or the version asked for with <c>?version=N</c>), description, version history, a diff
/// between any two versions, and its recent jobs.
/// Operators restore an older version of a user preset as a new version, and clone any preset.
/// </summary>
public partial class PresetDetailPage
{
    private const int RecentJobs = 10;

    private List<BreadcrumbItem> _breadcrumbs = [];
    private PresetSummary? _preset;
    private PipelineGraph? _graph;
    private IReadOnlyList<PresetVersionInfo> _versions = [];
    private IReadOnlyList<JobListItem> _jobs = [];
    private string? _clonedFrom;
    private int _fromVersion;
    private int _toVersion;
    private bool _canOperate;
    private bool _cloneVisible;
    private bool _loading = true;
    private bool _busy;

    [Parameter]
    public string Slug { get; set; } = string.Empty;

    /// <summary>A version to show instead of the latest (<c>/presets/web-images?version=2</c>), as lineage links to it.</summary>
    [SupplyParameterFromQuery(Name = "version")]
    public int? VersionQuery { get; set; }

    /// <summary>The version whose graph is shown: the one asked for when it exists, otherwise the latest.</summary>
    private int ShownVersion { get; set; }

    private bool ShowsOlderVersion => _preset is not null && ShownVersion != _preset.LatestVersion;

    private string RunUrl => _preset is null
        ? "/jobs/new"
        : ShowsOlderVersion
            ? $"/jobs/new?preset={Uri.EscapeDataString(_preset.Slug)}&version={ShownVersion}"
            : $"/jobs/new?preset={Uri.EscapeDataString(_preset.Slug)}";

    [Inject]
    private PresetQueries Queries { get; set; } = default!;

    [Inject]
    private PresetCatalog Catalog { get; set; } = default!;

    [Inject]
    private JobQueries Jobs { get; set; } = default!;

    [Inject]
    private NodeCatalog NodeTypes { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _canOperate = (await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded;
        _breadcrumbs = [new("Presets", "/presets"), new(Slug, null, disabled: true)];
        _cloneVisible = false;
        await LoadAsync();
        _loading = false;
    }

    private async Task LoadAsync()
    {
        _preset = await Queries.FindAsync(Slug);
        if (_preset is null)
        {
            return;
        }

        _versions = await Queries.VersionsAsync(_preset.Id);
        var shown = VersionQuery is { } asked ? VersionOf(asked) : null;
        ShownVersion = shown?.Version ?? _preset.LatestVersion;
        _graph = PresetDisplay.GraphOf(shown?.GraphJson ?? _preset.LatestGraphJson);
        _clonedFrom = _preset.ClonedFromId is { } source ? await Queries.SlugOfAsync(source) : null;
        _jobs = (await Jobs.ListAsync(new JobFilter(Preset: _preset.Slug), new PageRequest(0, RecentJobs))).Items;
        _toVersion = _preset.LatestVersion;
        _fromVersion = Math.Max(1, _preset.LatestVersion - 1);
    }

    private PresetVersionInfo? VersionOf(int version) => _versions.FirstOrDefault(v => v.Version == version);

    private async Task RestoreAsync(int version)
    {
        _busy = true;
        try
        {
            var user = (await Authentication.GetAuthenticationStateAsync()).User;
            if (!(await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded)
            {
                Snackbar.Add("Only operators and admins can restore versions.", Severity.Error);
                return;
            }

            var saved = await Catalog.RestoreAsync(Slug, version, PrincipalFactory.ToActor(user));
            Snackbar.Add($"Version {version} restored as version {saved.Version}.", Severity.Success);
            await LoadAsync();
        }
        catch (PresetException ex)
        {
            Snackbar.Add(ex.Problems.Count == 0 ? ex.Message : $"{ex.Message} {string.Join(" ", ex.Problems)}", Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }
}
