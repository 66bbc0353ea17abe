using System.Security.Claims;
using Bunit;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace MediaEngine.Web.Tests.Support;

/// <summary>A bUnit context with MudBlazor's services, loose JS interop and an antiforgery token.</summary>
public abstract class MudBunitContext : BunitContext
{
    protected MudBunitContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
        Services.AddSingleton(new SignInMethods(GoogleConfigured: false));
    }

    /// <summary>Signs in <paramref name="name"/> with <paramref name="role"/>, granted <paramref name="policies"/>, and renders the popover host.</summary>
    protected Bunit.TestDoubles.BunitAuthorizationContext SignInAs(string name, string role, params string[] policies)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(name);
        auth.SetRoles(role);
        auth.SetClaims(new Claim(ClaimTypes.Role, role));
        auth.SetPolicies(policies);
        Render<MudPopoverProvider>();
        return auth;
    }

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
