using MediaEngine.Domain.Artifacts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>
/// Every gallery filter: search, preset and its version, kind, dates, job (searched on the server), tag (the tags that
/// exist) and minimum average rating. It holds no state of its own but the search text being typed.
/// </summary>
public partial class GalleryFilterBar
{
    private string? _search;
    private string? _appliedSearch;

    [Inject]
    private ArtifactQueries Queries { get; set; } = default!;

    [Parameter, EditorRequired]
    public GalleryCriteria Criteria { get; set; } = new();

    /// <summary>Presets that have outputs.</summary>
    [Parameter]
    public IReadOnlyList<GalleryPreset> Presets { get; set; } = [];

    /// <summary>The chosen preset's versions, newest first.</summary>
    [Parameter]
    public IReadOnlyList<int> Versions { get; set; } = [];

    /// <summary>The job filtered on, when there is one.</summary>
    [Parameter]
    public GalleryJob? Job { get; set; }

    [Parameter]
    public EventCallback<GalleryCriteria> CriteriaChanged { get; set; }

    private DateRange? Range => Criteria.From is null && Criteria.To is null
        ? null
        : new DateRange(Criteria.From?.ToDateTime(TimeOnly.MinValue), Criteria.To?.ToDateTime(TimeOnly.MinValue));

    private IEnumerable<GalleryPreset> PresetChoices =>
        Criteria.Preset is { } current && Presets.All(p => p.Slug != current) ? [new GalleryPreset(current, current), .. Presets] : Presets;

    private IEnumerable<int?> VersionChoices =>
        (Criteria.Version is { } v && !Versions.Contains(v) ? Versions.Append(v) : Versions).Select(n => (int?)n);

    protected override void OnParametersSet()
    {
        // Only a change from outside (a link, "Clear filters") replaces what is being typed.
        if (Criteria.Search != _appliedSearch)
        {
            _search = _appliedSearch = Criteria.Search;
        }
    }

    private Task ChangeAsync(GalleryCriteria criteria) => CriteriaChanged.InvokeAsync(criteria);

    private Task OnSearchChangedAsync(string? text)
    {
        _search = text;
        _appliedSearch = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return ChangeAsync(Criteria with { Search = _appliedSearch });
    }

    private Task OnRangeChangedAsync(DateRange? range) => ChangeAsync(Criteria with
    {
        From = range?.Start is { } start ? DateOnly.FromDateTime(start) : null,
        To = range?.End is { } end ? DateOnly.FromDateTime(end) : null,
    });

    private async Task<IEnumerable<GalleryJob>> SearchJobsAsync(string? text, CancellationToken cancellationToken) =>
        await Queries.JobsAsync(text, cancellationToken);

    private async Task<IEnumerable<string>> SearchTagsAsync(string? text, CancellationToken cancellationToken) =>
        await Queries.TagsAsync(text, cancellationToken);
}
