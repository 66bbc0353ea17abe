using System.Globalization;
using MediaEngine.Domain.Artifacts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>
/// Published outputs as a virtualised grid of thumbnails, newest first, read from the server as it scrolls, filtered by
/// preset and version, kind, dates, job, tag and rating, and searched by preset name and job title. The filters live
/// in the address (<see cref="GalleryCriteria"/>), so a view is a link and Back undoes nothing unexpected (changes replace
/// the entry). A click opens <see cref="GalleryPreviewDialog"/>.
/// </summary>
public partial class GalleryPage
{
    private GalleryCriteria _criteria = new();
    private GalleryFilter _filter = new();
    private IReadOnlyList<GalleryPreset> _presets = [];
    private IReadOnlyList<int> _versions = [];
    private string? _versionsOf;
    private GalleryJob? _job;
    private int? _total;
    private string? _error;
    private bool _presetsLoaded;

    [SupplyParameterFromQuery(Name = "preset")]
    public string? PresetQuery { get; set; }

    [SupplyParameterFromQuery(Name = "version")]
    public int? VersionQuery { get; set; }

    [SupplyParameterFromQuery(Name = "job")]
    public Guid? JobQuery { get; set; }

    [SupplyParameterFromQuery(Name = "kind")]
    public string? KindQuery { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToQuery { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    public string? SearchQuery { get; set; }

    [SupplyParameterFromQuery(Name = "tag")]
    public string? TagQuery { get; set; }

    [SupplyParameterFromQuery(Name = "rating")]
    public int? RatingQuery { get; set; }

    [Inject]
    private ArtifactQueries Queries { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string CountText => _total switch
    {
        null or 0 => string.Empty,
        1 => "1 output",
        var n => string.Create(CultureInfo.InvariantCulture, $"{n:N0} outputs"),
    };

    private string EmptyText => _criteria.IsFiltered
        ? "No published outputs match. Clear the filters or search for something else."
        : "No published outputs yet. Run a preset with a publish step and its results appear here.";

    protected override async Task OnParametersSetAsync()
    {
        var criteria = GalleryCriteria.Parse(PresetQuery, VersionQuery, JobQuery, KindQuery, FromQuery, ToQuery, SearchQuery, TagQuery, RatingQuery);
        if (_presetsLoaded && criteria == _criteria)
        {
            return;
        }

        _criteria = criteria;
        var filter = criteria.ToFilter();
        if (filter != _filter)
        {
            (_filter, _total) = (filter, null);
        }

        try
        {
            if (!_presetsLoaded)
            {
                _presets = await Queries.PresetsAsync();
                _presetsLoaded = true;
            }

            if (_versionsOf != criteria.Preset)
            {
                _versions = criteria.Preset is { } slug ? await Queries.VersionsAsync(slug) : [];
                _versionsOf = criteria.Preset;
            }

            _job = criteria.JobId is { } jobId ? (_job?.Id == jobId ? _job : await Queries.JobAsync(jobId)) : null;
            _error = null;
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            _error = $"The gallery's filters could not be read: {ex.Message} Reload the page to try again.";
        }
    }

    private void OnCriteriaChanged(GalleryCriteria criteria) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(criteria.ToQuery()), replace: true);

    private void OnCounted(int total) => _total = total;

    private void OnError(string error) => _error = error;

    private async Task OpenAsync(GalleryItem item)
    {
        var parameters = new DialogParameters<GalleryPreviewDialog> { { d => d.ArtifactId, item.Id } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true };
        await Dialogs.ShowAsync<GalleryPreviewDialog>(item.Caption, parameters, options);
    }
}
