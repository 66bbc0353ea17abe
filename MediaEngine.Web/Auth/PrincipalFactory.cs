using System.Security.Claims;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace MediaEngine.Web.Auth;

/// <summary>Turns users and API keys into principals, and principals back into audit actors.</summary>
public static class PrincipalFactory
{
    public static ClaimsPrincipal ForUser(User user, string authenticationType = CookieAuthenticationDefaults.AuthenticationScheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Email, user.Email),
            new(ClaimTypes.Role, user.Role.ToString()),
            new(AuthConstants.ActorKindClaim, "user"),
        };
        if (!string.IsNullOrEmpty(user.PictureUrl))
        {
            claims.Add(new Claim(AuthConstants.PictureClaim, user.PictureUrl));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    public static ClaimsPrincipal ForApiKey(ApiKey key) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, key.Id.ToString()),
                new Claim(ClaimTypes.Name, $"apikey:{key.Name}"),
                new Claim(ClaimTypes.Role, key.Role.ToString()),
                new Claim(AuthConstants.ActorKindClaim, "apikey"),
            ],
            AuthConstants.ApiKeyScheme));

    /// <summary>The audit actor for a principal; user ids are kept, API keys are named.</summary>
    public static AuditActor ToActor(ClaimsPrincipal principal, string? ipAddress = null)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return AuditActor.Anonymous(ipAddress);
        }

        var isUser = principal.FindFirstValue(AuthConstants.ActorKindClaim) == "user";
        Guid? id = isUser && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : null;
        var name = isUser ? principal.FindFirstValue(ClaimTypes.Email) : principal.Identity.Name;
        return new AuditActor(id, name ?? "unknown", ipAddress);
    }

    public static UserRole? RoleOf(ClaimsPrincipal principal) =>
        Enum.TryParse<UserRole>(principal.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;
}
