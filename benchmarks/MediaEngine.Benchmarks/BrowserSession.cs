using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.Benchmarks;

/// <summary>The web app started as its own process and a signed-in Chromium page on it.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private BrowserSession(AppProcess app, IPlaywright playwright, IBrowser browser, IPage page)
    {
        App = app;
        Playwright = playwright;
        Browser = browser;
        Page = page;
    }

    public AppProcess App { get; }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public IPage Page { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        var app = await AppProcess.StartAsync();
        var (playwright, browser) = await E2E.Tests.Support.Browser.LaunchAsync();
        var page = await browser.NewPageAsync(new() { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        await page.GotoAsync(await app.SignInLink);
        return new BrowserSession(app, playwright, browser, page);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }
}
