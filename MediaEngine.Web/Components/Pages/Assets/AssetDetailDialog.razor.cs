using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Assets;

/// <summary>
/// The detail of one asset in a dialog. Closes with <c>true</c> when something changed (a tag, a delete), so the library
/// reloads. A delete refused because jobs use the asset is shown with the reason and changes nothing.
/// </summary>
public partial class AssetDetailDialog
{
    private Asset? _asset;
    private List<string> _tags = [];
    private IReadOnlyList<CollectionSummary> _inCollections = [];
    private IReadOnlyList<CollectionSummary> _allCollections = [];
    private IReadOnlyList<AssetUpload> _uploads = [];
    private Guid? _joinCollection;
    private string? _newTag;
    private string? _error;
    private bool _loading = true;
    private bool _busy;
    private bool _confirmDelete;
    private bool _changed;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private AssetLibrary Library { get; set; } = default!;

    [Inject]
    private AssetCollections Collections { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid AssetId { get; set; }

    /// <summary>Operators may tag, collect and delete; each change checks the Operator role again on the server.</summary>
    [Parameter]
    public bool CanOperate { get; set; }

    [Parameter]
    public string? UploaderName { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _asset = await Library.FindAsync(AssetId);
        _tags = _asset?.Tags.Select(t => t.Tag).ToList() ?? [];
        if (_asset is not null)
        {
            await LoadCollectionsAsync();
            _uploads = await Library.UploadsAsync(AssetId);
        }

        _loading = false;
    }

    private async Task OnTagKeyUpAsync(KeyboardEventArgs args)
    {
        if (args.Key == "Enter")
        {
            await AddTagAsync();
        }
    }

    private Task AddTagAsync() => ChangeAsync(async actor =>
    {
        _tags = [.. await Library.AddTagAsync(AssetId, _newTag ?? string.Empty, actor)];
        _newTag = null;
    });

    private Task RemoveTagAsync(string tag) => ChangeAsync(async actor => _tags = [.. await Library.RemoveTagAsync(AssetId, tag, actor)]);

    private async Task LoadCollectionsAsync()
    {
        _allCollections = await Collections.ListAsync();
        _inCollections = (await Collections.OfAssetsAsync([AssetId])).GetValueOrDefault(AssetId) ?? [];
    }

    private Task JoinAsync() => ChangeAsync(async actor =>
    {
        await Collections.AddAssetsAsync(_joinCollection!.Value, [AssetId], actor);
        _joinCollection = null;
        await LoadCollectionsAsync();
    });

    private Task LeaveAsync(CollectionSummary collection) => ChangeAsync(async actor =>
    {
        await Collections.RemoveAssetsAsync(collection.Id, [AssetId], actor);
        await LoadCollectionsAsync();
    });

    private Task DeleteAsync() => ChangeAsync(async actor =>
    {
        await Library.DeleteAsync(AssetId, actor);
        Snackbar.Add($"'{_asset!.Name}' was deleted.", Severity.Success);
        Dialog.Close(DialogResult.Ok(true));
    });

    private async Task ChangeAsync(Func<AuditActor, Task> change)
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        if (!CanOperate || _busy || !(await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded)
        {
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            await change(PrincipalFactory.ToActor(user));
            _changed = true;
        }
        catch (Exception ex) when (ex is ArgumentException or AssetInUseException or KeyNotFoundException or DbUpdateException)
        {
            _error = ex is DbUpdateException ? $"The change could not be saved: {ex.GetBaseException().Message} Try again." : ex.Message;
            _confirmDelete = false;
        }
        finally
        {
            _busy = false;
        }
    }

    private void Close() => Dialog.Close(DialogResult.Ok(_changed));
}
