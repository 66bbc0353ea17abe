using System.Security.Claims;
using MediaEngine.Domain.Users;
using Microsoft.AspNetCore.Authentication;

namespace MediaEngine.Web.Auth;

/// <summary>After Google proves the e-mail address, MediaEngine decides whether that person may come in.</summary>
public static class GoogleSignInEvents
{
    public static async Task OnTicketReceivedAsync(TicketReceivedContext context)
    {
        var google = context.Principal!;
        var email = google.FindFirstValue(ClaimTypes.Email);
        if (string.IsNullOrEmpty(email))
        {
            context.Response.Redirect($"{AuthConstants.SignInRefusedPath}?reason={Uri.EscapeDataString("Google did not share an e-mail address.")}");
            context.HandleResponse();
            return;
        }

        var users = context.HttpContext.RequestServices.GetRequiredService<UserService>();
        var decision = await users.SignInAsync(
            new SignInRequest(
                email,
                google.FindFirstValue(ClaimTypes.Name),
                google.FindFirstValue(AuthConstants.PictureClaim),
                "google",
                context.HttpContext.Connection.RemoteIpAddress?.ToString()),
            context.HttpContext.RequestAborted);

        if (!decision.IsAllowed)
        {
            context.Response.Redirect($"{AuthConstants.SignInRefusedPath}?reason={Uri.EscapeDataString(decision.RefusalReason!)}");
            context.HandleResponse();
            return;
        }

        context.Principal = PrincipalFactory.ForUser(decision.User!);
    }
}
