using System.ComponentModel.DataAnnotations;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Security;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Settings;

public partial class ApiKeysPanel
{
    private readonly KeyRequest _request = new();
    private IReadOnlyList<ApiKey>? _keys;
    private CreatedApiKey? _created;

    [Inject]
    private ApiKeyService Keys { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _keys = await Keys.ListAsync();

    private async Task CreateAsync()
    {
        try
        {
            _created = await Keys.CreateAsync(_request.Name, _request.Role, await ActorAsync());
            _request.Name = string.Empty;
        }
        catch (ArgumentException ex)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }

        await LoadAsync();
    }

    private async Task RevokeAsync(ApiKey key)
    {
        await Keys.RevokeAsync(key.Id, await ActorAsync());
        Snackbar.Add($"Revoked '{key.Name}'.", Severity.Success);
        await LoadAsync();
    }

    private async Task<Domain.Auditing.AuditActor> ActorAsync() =>
        PrincipalFactory.ToActor((await AuthenticationState).User);

    private sealed class KeyRequest
    {
        [Required, StringLength(100)]
        public string Name { get; set; } = string.Empty;

        public UserRole Role { get; set; } = UserRole.Viewer;
    }
}
