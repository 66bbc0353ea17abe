using MediaEngine.Domain.Auditing;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace MediaEngine.Web.Components.Pages.Assets;

/// <summary>Adds the selected assets to a collection or removes them from the one shown; the Operator role is checked on the server.</summary>
public partial class AssetSelectionBar
{
    private Guid? _target;
    private string? _message;
    private bool _failed;
    private bool _busy;

    [Parameter, EditorRequired]
    public IReadOnlyCollection<Guid> Selected { get; set; } = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<CollectionSummary> Collections { get; set; } = [];

    /// <summary>The collection the library is filtered on, if any.</summary>
    [Parameter]
    public CollectionSummary? Current { get; set; }

    /// <summary>Raised after a change, so the library reloads.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Parameter]
    public EventCallback OnClear { get; set; }

    [Inject]
    private AssetCollections Service { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    private Task AddAsync() => ChangeAsync(async actor =>
    {
        var collection = Collections.First(c => c.Id == _target);
        var added = await Service.AddAssetsAsync(collection.Id, [.. Selected], actor);
        var already = Selected.Count - added;
        return $"{added} added to {collection.Name}" + (already > 0 ? $"; {already} already in it" : string.Empty) + ".";
    });

    private Task RemoveAsync() => ChangeAsync(async actor =>
    {
        var removed = await Service.RemoveAssetsAsync(Current!.Id, [.. Selected], actor);
        return $"{removed} removed from {Current.Name}; they stay in the library.";
    });

    private async Task ChangeAsync(Func<AuditActor, Task<string>> change)
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        if (_busy || !(await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded)
        {
            (_message, _failed) = _busy ? (_message, _failed) : ("Changing collections needs the Operator role.", true);
            return;
        }

        _busy = true;
        try
        {
            (_message, _failed) = (await change(PrincipalFactory.ToActor(user)), false);
            await OnChanged.InvokeAsync();
        }
        catch (Exception ex) when (ex is KeyNotFoundException or ArgumentException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            (_message, _failed) = (ex.Message, true);
        }
        finally
        {
            _busy = false;
        }
    }
}
