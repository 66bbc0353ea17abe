using System.ComponentModel.DataAnnotations;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Users;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Settings;

public partial class UsersPanel
{
    private readonly InviteModel _invite = new();
    private IReadOnlyList<User>? _users;
    private Guid? _selfId;

    [Inject]
    private UserService Users { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _selfId = (await ActorAsync()).Id;
        await LoadAsync();
    }

    private async Task LoadAsync() => _users = await Users.ListAsync();

    private bool IsSelf(User user) => user.Id == _selfId;

    private Task InviteAsync() => RunAsync(async actor =>
    {
        var user = await Users.InviteAsync(_invite.Email, _invite.Role, actor);
        _invite.Email = string.Empty;
        return $"Invited {user.Email} as {user.Role}.";
    });

    private Task ChangeRoleAsync(User user, UserRole role) => RunAsync(async actor =>
    {
        await Users.ChangeRoleAsync(user.Id, role, actor);
        return $"{user.Email} is now {role}.";
    });

    private Task ToggleDisabledAsync(User user) => RunAsync(async actor =>
    {
        var disable = user.Status != UserStatus.Disabled;
        await Users.SetDisabledAsync(user.Id, disable, actor);
        return disable ? $"{user.Email} can no longer sign in." : $"{user.Email} can sign in again.";
    });

    /// <summary>Runs a change as the signed-in admin and reports its outcome or the domain's refusal.</summary>
    private async Task RunAsync(Func<Domain.Auditing.AuditActor, Task<string>> change)
    {
        try
        {
            Snackbar.Add(await change(await ActorAsync()), Severity.Success);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }

        await LoadAsync();
    }

    private async Task<Domain.Auditing.AuditActor> ActorAsync() =>
        PrincipalFactory.ToActor((await AuthenticationState).User);

    private sealed class InviteModel
    {
        [Required, EmailAddress]
        public string Email { get; set; } = string.Empty;

        public UserRole Role { get; set; } = UserRole.Viewer;
    }
}
