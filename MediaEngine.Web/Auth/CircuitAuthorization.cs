using MediaEngine.Domain.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace MediaEngine.Web.Auth;

/// <summary>
/// The server-side check behind a button in a circuit: hiding the button is not enough, because a circuit can invoke
/// any handler. The signed-in user's actor when the policy allows the action; otherwise null, with the refusal audited
/// as <c>access.denied</c> like a refused HTTP request.
/// </summary>
public sealed class CircuitAuthorization(AuthenticationStateProvider authentication, IAuthorizationService authorization, IAuditLog audit)
{
    public async Task<AuditActor?> AuthorizeAsync(string policy, string action, string target)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var actor = PrincipalFactory.ToActor(user);
        if ((await authorization.AuthorizeAsync(user, policy)).Succeeded)
        {
            return actor;
        }

        await audit.WriteAsync(new AuditEntry(actor, "access.denied", target, $"{action} needs the {policy} role"), CancellationToken.None);
        return null;
    }
}
