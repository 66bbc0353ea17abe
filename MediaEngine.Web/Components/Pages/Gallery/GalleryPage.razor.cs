using System.Globalization;
using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Querying;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>
/// Published outputs as a grid of thumbnails, paged in the database, newest first, filtered by preset, kind and date and
/// searched by preset name and job title. <c>/gallery?preset=web-images</c> and <c>/gallery?job={id}</c> open it filtered.
/// A click opens <see cref="GalleryPreviewDialog"/> with the output's lineage and downloads.
/// </summary>
public partial class GalleryPage
{
    private static readonly int[] PageSizes = [24, 48, 96];

    private IReadOnlyList<GalleryItem> _items = [];
    private IReadOnlyList<GalleryPreset> _presets = [];
    private string? _preset;
    private MediaKind? _kind;
    private DateRange? _range;
    private string? _search;
    private int _page;
    private int _pageSize = PageSizes[0];
    private int _total;
    private int _loadVersion;
    private bool _loading = true;
    private string? _error;
    private (string?, Guid?)? _appliedQuery;

    /// <summary>A preset slug to filter on from the address.</summary>
    [SupplyParameterFromQuery(Name = "preset")]
    public string? PresetQuery { get; set; }

    /// <summary>A job whose outputs alone to show, from the address.</summary>
    [SupplyParameterFromQuery(Name = "job")]
    public Guid? JobQuery { get; set; }

    [Inject]
    private ArtifactQueries Queries { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private int PageCount => Math.Max(1, (int)Math.Ceiling(_total / (double)_pageSize));

    private IEnumerable<GalleryPreset> PresetChoices =>
        _preset is { Length: > 0 } current && _presets.All(p => p.Slug != current) ? [new GalleryPreset(current, current), .. _presets] : _presets;

    private bool Filtered =>
        _preset is not null || _kind is not null || _range is not null || JobQuery is not null || !string.IsNullOrWhiteSpace(_search);

    private string CountText => _total switch
    {
        0 => string.Empty,
        1 => "1 output",
        _ => string.Create(CultureInfo.InvariantCulture,
            $"{_total} outputs · {(_page * _pageSize) + 1}–{Math.Min(_total, (_page + 1) * _pageSize)} shown"),
    };

    private string EmptyText => Filtered
        ? "No published outputs match. Clear the filters or search for something else."
        : "No published outputs yet. Run a preset with a publish step and its results appear here.";

    protected override async Task OnParametersSetAsync()
    {
        if (_appliedQuery != (PresetQuery, JobQuery))
        {
            _appliedQuery = (PresetQuery, JobQuery);
            _preset = string.IsNullOrWhiteSpace(PresetQuery) ? null : PresetQuery.Trim();
            _page = 0;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var version = ++_loadVersion;
        _loading = true;
        try
        {
            var filter = new GalleryFilter(
                _preset, JobQuery, _kind, _range?.Start?.ToUniversalTime(), _range?.End?.AddDays(1).ToUniversalTime(), _search);
            var result = await Queries.ListPublishedAsync(filter, new PageRequest(_page, _pageSize));
            var presets = await Queries.PresetsAsync();
            if (version != _loadVersion)
            {
                return; // a newer filter was applied meanwhile
            }

            (_items, _total, _presets, _error) = (result.Items, result.TotalCount, presets, null);
            if (_items.Count == 0 && _page > 0 && _total > 0)
            {
                _page = PageCount - 1; // fewer outputs than before: show the last page that has some
                await LoadAsync();
            }
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            _error = $"The gallery could not be read: {ex.Message} Reload the page to try again.";
        }
        finally
        {
            if (version == _loadVersion)
            {
                _loading = false;
            }
        }
    }

    private Task FilterAsync(Action change)
    {
        change();
        _page = 0;
        return LoadAsync();
    }

    private Task OnSearchChangedAsync(string? search) => FilterAsync(() => _search = search);

    private Task OnPresetChangedAsync(string? preset) => FilterAsync(() => _preset = preset);

    private Task OnKindChangedAsync(MediaKind? kind) => FilterAsync(() => _kind = kind);

    private Task OnRangeChangedAsync(DateRange? range) => FilterAsync(() => _range = range);

    private Task OnPageSizeChangedAsync(int size) => FilterAsync(() => _pageSize = size);

    private Task OnPageChangedAsync(int selected)
    {
        _page = selected - 1;
        return LoadAsync();
    }

    private async Task OpenAsync(GalleryItem item)
    {
        var parameters = new DialogParameters<GalleryPreviewDialog> { { d => d.ArtifactId, item.Id } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true };
        await Dialogs.ShowAsync<GalleryPreviewDialog>(item.Caption, parameters, options);
    }
}
