using Bunit;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Pages.SignIn;
using MediaEngine.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Components.Pages;

public sealed class SignInPageTests : MudBunitContext
{
    private IRenderedComponent<SignInPage> RenderAt(string url, bool googleConfigured)
    {
        Services.AddSingleton(new SignInMethods(googleConfigured));
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Render<SignInPage>();
    }

    [Fact]
    public void Page_ShouldPointToTheConsoleLinkAndNameTheSettings_WhenGoogleIsNotConfigured()
    {
        var page = RenderAt("/signin", googleConfigured: false);

        page.Find("[data-testid=signin-method]").TextContent.ShouldContain("Google sign-in is not configured");
        page.Find("[data-testid=signin-console-hint]").TextContent.ShouldContain(SignInMethods.GoogleClientIdKey);
        page.FindAll("[data-testid=signin-google]").ShouldBeEmpty();
    }

    [Fact]
    public void Page_ShouldOfferGoogleKeepingTheReturnUrl_WhenGoogleIsConfigured()
    {
        var page = RenderAt("/signin?returnUrl=%2Fjobs", googleConfigured: true);

        page.Find("[data-testid=signin-google]").GetAttribute("href").ShouldBe("/signin/google?returnUrl=%2Fjobs");
        page.FindAll("[data-testid=signin-console-hint]").ShouldBeEmpty();
    }

    [Fact]
    public void Page_ShouldExplainAnUsedLink()
    {
        var page = RenderAt("/signin?error=link", googleConfigured: false);

        page.Find("[data-testid=signin-error]").TextContent.ShouldContain("already been used");
    }
}
