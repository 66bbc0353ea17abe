using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Persistence;
using MediaEngine.Web.Components.Shared.Uploads;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Components.Pages.Jobs.Run;

/// <summary>
/// Chooses the assets for one graph input: search the library (assets of the kinds the input takes) or upload new
/// files, which go up in resumable chunks and are taken in like any upload (content sniffed, size limit, duplicates
/// linked) with per-file progress. An input that takes several files collects them; for one that takes one file, several
/// mean one job per file where the page runs a batch (<see cref="OnePerJob"/>), and otherwise the newest choice.
/// </summary>
public partial class JobInputPicker
{
    /// <summary>How many files one upload may hold.</summary>
    public const int MaxFilesAtOnce = 50;


    private readonly List<UploadItem> _uploads = [];
    private readonly List<string> _refusals = [];
    private Asset? _found;

    [Parameter, EditorRequired]
    public GraphInput Input { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<Asset> Chosen { get; set; } = [];

    [Parameter]
    public EventCallback<IReadOnlyList<Asset>> ChosenChanged { get; set; }

    /// <summary>One run takes several files for this input (see <see cref="GraphInputCardinality"/>).</summary>
    [Parameter]
    public bool TakesMany { get; set; }

    /// <summary>Several files for an input that takes one are run one job per file (the Run page); otherwise a new choice replaces the old.</summary>
    [Parameter]
    public bool OnePerJob { get; set; }

    /// <summary>What the last submission said about this input, if anything.</summary>
    [Parameter]
    public string? Problem { get; set; }

    [Inject]
    private IDbContextFactory<MediaEngineDbContext> Contexts { get; set; } = default!;

    private IReadOnlyList<MediaKind> Kinds => PortKindMedia.KindsFor(Input.Kind);

    private string KindsText => string.Join(" or ", Kinds.Select(k => k.ToString().ToLowerInvariant()));

    private async Task<IEnumerable<Asset>> SearchAsync(string? text, CancellationToken ct) =>
        await Shared.AssetSearch.FindAsync(Contexts, [.. Kinds], text, ct);

    private async Task PickAsync(Asset? asset)
    {
        _found = null;
        if (asset is not null)
        {
            await AddAsync([asset]);
        }
    }

    private Task RemoveAsync(Asset asset) => ChosenChanged.InvokeAsync([.. Chosen.Where(a => a.Id != asset.Id)]);

    /// <summary>Adds the chosen files; for an input that takes one file and runs no batch, the newest choice replaces the old.</summary>
    private Task AddAsync(IReadOnlyList<Asset> added) => ChosenChanged.InvokeAsync(
        TakesMany || OnePerJob ? [.. Chosen.Concat(added).DistinctBy(a => a.Id)] : [added[^1]]);

    private void OnUploadChanged(UploadItem item)
    {
        if (!_uploads.Contains(item) && !item.IsDone)
        {
            if (_uploads.Count == 0)
            {
                _refusals.Clear();
            }

            _uploads.Add(item);
        }
    }

    /// <summary>A finished upload becomes a choice when its kind fits the input; refusals are listed.</summary>
    private async Task OnUploadFinishedAsync(UploadItem item)
    {
        _uploads.Remove(item);
        if (item.AssetId is not { } id)
        {
            _refusals.Add(item.Message ?? $"'{item.Name}' could not be uploaded.");
            return;
        }

        await using var db = await Contexts.CreateDbContextAsync();
        if (await db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null) is not { } asset)
        {
            _refusals.Add($"'{item.Name}' was uploaded but its asset is gone; it may have been deleted meanwhile.");
        }
        else if (!PortKindMedia.Accepts(Input.Kind, asset.Kind))
        {
            _refusals.Add($"'{item.Name}' is {asset.Kind.ToString().ToLowerInvariant()}; the input '{Input.Name}' takes {KindsText}. It was kept in the library.");
        }
        else
        {
            await AddAsync([asset]);
        }
    }

    private void OnTooManyFiles(int count) =>
        _refusals.Add($"{count} files at once is too many for '{Input.Name}': choose at most {MaxFilesAtOnce}. Nothing was uploaded.");
}
