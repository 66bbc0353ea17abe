using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Options;
using MediaEngine.Domain.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.Google;
using Microsoft.Extensions.Options;

namespace MediaEngine.Web.Auth;

/// <summary>The sign-in link, the Google challenge and sign-out.</summary>
public static class SignInEndpoints
{
    public const string BootstrapAdminFallbackEmail = "admin@localhost";

    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AuthConstants.SignInLinkPath, SignInWithLinkAsync).AllowAnonymous();
        endpoints.MapGet(AuthConstants.SignInGooglePath, ChallengeGoogle).AllowAnonymous();
        endpoints.MapPost(AuthConstants.SignOutPath, SignOutAsync).RequireAuthorization(Policies.Viewer);
        return endpoints;
    }

    private static async Task<IResult> SignInWithLinkAsync(
        string? token,
        HttpContext context,
        AdminSignInLink link,
        SignInMethods methods,
        UserService users,
        IAuditLog audit,
        IOptions<MediaEngineOptions> options)
    {
        var ip = context.Connection.RemoteIpAddress?.ToString();
        if (methods.GoogleConfigured || !link.TryConsume(token))
        {
            var reason = methods.GoogleConfigured ? "sign-in links are off while Google sign-in is configured" : "invalid or already used token";
            await audit.WriteAsync(new AuditEntry(AuditActor.Anonymous(ip), "signin.refused", "link", $"method=link; reason={reason}"), context.RequestAborted);
            return Results.Redirect($"{AuthConstants.SignInPath}?error=link");
        }

        var email = options.Value.Admins.FirstOrDefault() ?? BootstrapAdminFallbackEmail;
        var decision = await users.SignInAsync(new SignInRequest(email, "Administrator", null, "link", ip, IsBootstrapAdmin: true), context.RequestAborted);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PrincipalFactory.ForUser(decision.User!));
        return Results.Redirect("/");
    }

    private static IResult ChallengeGoogle(SignInMethods methods, string? returnUrl) =>
        methods.GoogleConfigured
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrRoot(returnUrl) }, [GoogleDefaults.AuthenticationScheme])
            : Results.Redirect($"{AuthConstants.SignInPath}?error=google-not-configured");

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, IAuditLog audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Problem("The sign-out form is missing its antiforgery token; reload the page and try again.", statusCode: StatusCodes.Status400BadRequest);
        }

        var actor = PrincipalFactory.ToActor(context.User, context.Connection.RemoteIpAddress?.ToString());
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await audit.WriteAsync(new AuditEntry(actor, "signout", $"user:{actor.Name}"), context.RequestAborted);
        return Results.Redirect(AuthConstants.SignInPath);
    }

    private static string LocalOrRoot(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
}
