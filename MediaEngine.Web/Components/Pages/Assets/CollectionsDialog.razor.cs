using MediaEngine.Domain.Auditing;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Assets;

/// <summary>The list of collections; operators create, rename and delete them (checked on the server). Closes with <c>true</c> after a change.</summary>
public partial class CollectionsDialog
{
    private IReadOnlyList<CollectionSummary> _collections = [];
    private string? _newName;
    private Guid? _renaming;
    private string? _renameTo;
    private string? _error;
    private bool _busy;
    private bool _changed;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter]
    public bool CanOperate { get; set; }

    [Inject]
    private AssetCollections Service { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _collections = await Service.ListAsync();

    private Task CreateAsync() => ChangeAsync(async actor =>
    {
        await Service.CreateAsync(_newName ?? string.Empty, null, actor);
        _newName = null;
    });

    private Task RenameAsync(CollectionSummary collection) => ChangeAsync(async actor =>
    {
        await Service.RenameAsync(collection.Id, _renameTo ?? string.Empty, actor);
        _renaming = null;
    });

    private Task DeleteAsync(CollectionSummary collection) => ChangeAsync(actor => Service.DeleteAsync(collection.Id, actor));

    private async Task ChangeAsync(Func<AuditActor, Task> change)
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        if (_busy || !(await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded)
        {
            _error = _busy ? _error : "Changing collections needs the Operator role.";
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            await change(PrincipalFactory.ToActor(user));
            _changed = true;
            _collections = await Service.ListAsync();
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            _error = ex is Microsoft.EntityFrameworkCore.DbUpdateException ? $"The change could not be saved: {ex.GetBaseException().Message}" : ex.Message;
        }
        finally
        {
            _busy = false;
        }
    }
}
