using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Components.Pages.Jobs.Run;

/// <summary>
/// Chooses the assets for one graph input: search the library (assets of the kinds the input takes) or upload new
/// files, which are taken in like any upload (content sniffed, size limit, duplicates linked) with per-file progress.
/// </summary>
public partial class JobInputPicker
{
    /// <summary>How many files one upload may hold for an image set.</summary>
    public const int MaxFilesAtOnce = 50;


    private readonly List<UploadProgress> _uploads = [];
    private readonly List<string> _refusals = [];
    private Asset? _found;

    [Parameter, EditorRequired]
    public GraphInput Input { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<Asset> Chosen { get; set; } = [];

    [Parameter]
    public EventCallback<IReadOnlyList<Asset>> ChosenChanged { get; set; }

    /// <summary>What the last submission said about this input, if anything.</summary>
    [Parameter]
    public string? Problem { get; set; }

    /// <summary>Who uploads, for the audit trail.</summary>
    [Parameter, EditorRequired]
    public AuditActor Actor { get; set; } = default!;

    [Inject]
    private IDbContextFactory<MediaEngineDbContext> Contexts { get; set; } = default!;

    [Inject]
    private AssetUploads Uploads { get; set; } = default!;

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

    /// <summary>An image set collects; any other input holds the newest choice only.</summary>
    private Task AddAsync(IReadOnlyList<Asset> added)
    {
        IReadOnlyList<Asset> chosen = PortKindMedia.TakesMany(Input.Kind)
            ? [.. Chosen.Concat(added).DistinctBy(a => a.Id)]
            : [added[^1]];
        return ChosenChanged.InvokeAsync(chosen);
    }

    private async Task UploadAsync(IReadOnlyList<IBrowserFile>? files)
    {
        _refusals.Clear();
        _uploads.Clear();
        if (files is null || files.Count == 0)
        {
            return;
        }

        _uploads.AddRange(files.Select(f => new UploadProgress(f.Name, f.Size)));
        List<Asset> added = [];
        foreach (var (file, progress) in files.Zip(_uploads))
        {
            if (await ReceiveAsync(file, progress) is { } asset)
            {
                added.Add(asset);
            }
        }

        _uploads.Clear();
        if (added.Count > 0)
        {
            await AddAsync(added);
        }
    }

    private async Task<Asset?> ReceiveAsync(IBrowserFile file, UploadProgress progress)
    {
        try
        {
            if (file.Size > Uploads.MaxFileBytes)
            {
                var refusal = new AssetRejectedException(file.Name, Uploads.TooLargeReason);
                await Uploads.RecordRefusalAsync(refusal, Actor, CancellationToken.None);
                throw refusal;
            }

            await using var stream = file.OpenReadStream(Uploads.MaxFileBytes);
            var report = new Progress<long>(read =>
            {
                if (progress.Advance(read))
                {
                    StateHasChanged();
                }
            });
            var (asset, duplicate) = await Uploads.ReceiveAsync(stream, file.Name, Actor, report, CancellationToken.None);
            if (!PortKindMedia.Accepts(Input.Kind, asset.Kind))
            {
                _refusals.Add($"'{file.Name}' is {asset.Kind.ToString().ToLowerInvariant()}; the input '{Input.Name}' takes {KindsText}. It was kept in the library.");
                return null;
            }

            return asset;
        }
        catch (AssetRejectedException ex)
        {
            _refusals.Add(ex.Message);
            return null;
        }
        catch (IOException ex)
        {
            _refusals.Add($"'{file.Name}' could not be uploaded: {ex.Message}");
            return null;
        }
    }

    /// <summary>One file on its way up.</summary>
    private sealed class UploadProgress(string name, long size)
    {
        public string Name { get; } = name;

        public double Percent { get; private set; }

        /// <summary>Records the bytes read; true when the whole percentage shown changed.</summary>
        public bool Advance(long read)
        {
            var percent = size <= 0 ? 100 : Math.Min(100, Math.Floor(100.0 * read / size));
            var changed = percent != Percent;
            Percent = percent;
            return changed;
        }
    }
}
