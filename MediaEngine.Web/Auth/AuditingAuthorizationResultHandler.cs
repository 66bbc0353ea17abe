using MediaEngine.Domain.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace MediaEngine.Web.Auth;

/// <summary>Records every refused attempt by a signed-in user or API key (403) in the audit trail.</summary>
public sealed class AuditingAuthorizationResultHandler(IAuditLog audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var actor = PrincipalFactory.ToActor(context.User, context.Connection.RemoteIpAddress?.ToString());
            await audit.WriteAsync(
                new AuditEntry(actor, "access.denied", $"{context.Request.Method} {context.Request.Path}",
                    $"roles={string.Join(',', policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles))}"),
                context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
