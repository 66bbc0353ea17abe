using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Components.Shared.Parameters;

/// <summary>Picks a live image asset (searched by name in the database); reports its id, or null when cleared.</summary>
public partial class ImageAssetField
{
    private Asset? _chosen;
    private bool _missing;
    private string? _loadedFor;

    /// <summary>The chosen asset's id, or null for none.</summary>
    [Parameter]
    public string? AssetId { get; set; }

    [Parameter]
    public string? Label { get; set; }

    [Parameter]
    public string? HelperText { get; set; }

    /// <summary>Receives the new asset id (as text), or null when cleared.</summary>
    [Parameter]
    public EventCallback<string?> OnChange { get; set; }

    [Inject]
    private IDbContextFactory<MediaEngineDbContext> Contexts { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor == AssetId)
        {
            return;
        }

        _loadedFor = AssetId;
        _chosen = null;
        _missing = false;
        if (Guid.TryParse(AssetId, out var id))
        {
            await using var db = await Contexts.CreateDbContextAsync();
            _chosen = await db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null);
            _missing = _chosen is null;
        }
    }

    private async Task<IEnumerable<Asset>> SearchAsync(string? text, CancellationToken ct) =>
        await AssetSearch.FindAsync(Contexts, [MediaKind.Image], text, ct);

    private Task PickAsync(Asset? asset)
    {
        _chosen = asset;
        _missing = false;
        _loadedFor = asset?.Id.ToString();
        return OnChange.InvokeAsync(_loadedFor);
    }

    private Task ClearAsync() => PickAsync(null);
}
