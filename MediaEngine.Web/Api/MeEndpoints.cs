using System.Security.Claims;
using MediaEngine.Web.Auth;

namespace MediaEngine.Web.Api;

public static class MeEndpoints
{
    public static IResult Get(ClaimsPrincipal user) => Results.Ok(new
    {
        name = user.Identity?.Name,
        role = user.FindFirstValue(ClaimTypes.Role),
        kind = user.FindFirstValue(AuthConstants.ActorKindClaim),
    });
}
