using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Shell;

/// <summary>A newcomer starts MediaEngine, follows the console link and lands in the admin shell.</summary>
public sealed class SignInAndShellTests : BrowserTest
{

    [Fact]
    public async Task ConsoleLink_ShouldOpenTheDashboardShell_InLightAndDarkTheme()
    {
        var page = await Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });

        await page.GotoAsync(await App.SignInLink);

        await Assertions.Expect(page).ToHaveURLAsync($"{App.BaseUrl}/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync("Admin");
        await Assertions.Expect(page.GetByTestId("tool-ffmpeg")).ToContainTextAsync("ffmpeg version");
        foreach (var area in new[] { "Workbench", "Presets", "Jobs", "Gallery", "Assets", "Schedules", "Audit", "Settings" })
        {
            await Assertions.Expect(page.Locator(".mud-nav-link", new() { HasText = area })).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByTestId("app-shell")).ToHaveAttributeAsync("data-interactive", "true");
        (await page.EvaluateAsync<int>("() => document.querySelector('img.me-logo').naturalWidth")).ShouldBeGreaterThan(0, "the logo must load from our static assets");
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('img.me-logo')).width")).ShouldBe("28px", "app.css must load");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, "dashboard-light.png") });
        var lightBackground = await BackgroundAsync(page);

        await page.GetByTestId("theme-toggle").ClickAsync();

        await page.WaitForFunctionAsync("light => getComputedStyle(document.body).backgroundColor !== light", lightBackground);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, "dashboard-dark.png") });
    }

    [Fact]
    public async Task UsedLinkAndAnonymousVisit_ShouldLandOnTheSignInPageWithAReason()
    {
        var link = await App.SignInLink;
        var first = await Chromium.NewPageAsync();
        await first.GotoAsync(link);
        await Assertions.Expect(first.GetByTestId("user-role")).ToHaveTextAsync("Admin");

        var stranger = await (await Chromium.NewContextAsync()).NewPageAsync();
        await stranger.GotoAsync($"{App.BaseUrl}/jobs");
        await Assertions.Expect(stranger).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
        await Assertions.Expect(stranger.GetByTestId("signin-method")).ToContainTextAsync("Google sign-in is not configured");

        await stranger.GotoAsync(link);
        await Assertions.Expect(stranger.GetByTestId("signin-error")).ToContainTextAsync("already been used");
        App.Output.ShouldContain("one-time link", Case.Sensitive);
    }

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
