using System.Collections.Concurrent;
using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Jobs;

/// <summary>
/// A person watches a job whose browser loses the network while the job runs: when the network is back, the page's
/// circuit reconnects and the page shows the job's final node states without being reloaded.
/// </summary>
public sealed class CircuitReconnectTests : BrowserTest
{
    private readonly ConcurrentBag<(IWebSocketRoute Page, IWebSocketRoute Server)> _sockets = [];
    private volatile bool _offline;

    [Fact]
    public async Task JobPage_ShouldCatchUpWithoutAReload_WhenItsCircuitReconnectsAfterTheNetworkWasLost()
    {
        var image = await TestMedia.PngAsync(Media, "pattern.png");
        var viewport = new ViewportSize { Width = 1280, Height = 900 };
        var watcher = await Chromium.NewContextAsync(new() { ViewportSize = viewport });
        // Offline emulation does not touch open WebSockets, so the circuit's socket goes through a route this test cuts.
        await watcher.RouteWebSocketAsync(url => url.Contains("/_blazor", StringComparison.Ordinal), OnCircuitSocket);
        var page = await watcher.NewPageAsync();
        await page.GotoAsync(await App.SignInLink);
        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync("Admin");
        var operatorTab = await (await Chromium.NewContextAsync(new() { ViewportSize = viewport, StorageState = await watcher.StorageStateAsync() })).NewPageAsync();
        await JobPages.OpenAsync(operatorTab, $"{App.BaseUrl}/settings?tab=workers");
        await operatorTab.GetByTestId("pool-pause").ClickAsync();
        await Assertions.Expect(operatorTab.GetByTestId("pool-state")).ToContainTextAsync("Maintenance");

        await JobPages.RunPresetAsync(page, App.BaseUrl, "web-images", image);
        await Assertions.Expect(page.GetByTestId("job-status")).ToHaveAttributeAsync("data-status", "Queued");
        var jobUrl = page.Url;
        await page.EvaluateAsync("() => window.__sameDocument = true");

        await CutNetworkAsync(watcher);
        await operatorTab.GetByTestId("pool-resume").ClickAsync();
        await JobPages.OpenAsync(operatorTab, jobUrl);
        await Assertions.Expect(operatorTab.GetByTestId("job-status")).ToHaveAttributeAsync("data-status", "Succeeded", new() { Timeout = 60_000 });
        (await page.GetByTestId("job-status").GetAttributeAsync("data-status")).ShouldBe("Queued", "the watching page must have been cut off while the job ran");

        _offline = false;
        await watcher.SetOfflineAsync(false);

        await Assertions.Expect(page.GetByTestId("job-status")).ToHaveAttributeAsync("data-status", "Succeeded", new() { Timeout = 60_000 });
        foreach (var node in await page.Locator("g[data-node]").AllAsync())
        {
            await Assertions.Expect(node).ToHaveAttributeAsync("data-state", "Succeeded");
        }

        (await page.EvaluateAsync<bool>("() => window.__sameDocument === true")).ShouldBeTrue("the page must catch up without a reload");
        page.Url.ShouldBe(jobUrl);
    }

    /// <summary>Passes the circuit's socket through to the server, or refuses it while the network is cut.</summary>
    private void OnCircuitSocket(IWebSocketRoute socket)
    {
        if (_offline)
        {
            _ = socket.CloseAsync(new() { Code = 4000, Reason = "offline" });
            return;
        }

        _sockets.Add((socket, socket.ConnectToServer()));
    }

    /// <summary>Takes the watching browser offline: HTTP fails, and the open circuit sockets are closed as a lost network closes them.</summary>
    private async Task CutNetworkAsync(IBrowserContext context)
    {
        _offline = true;
        await context.SetOfflineAsync(true);
        while (_sockets.TryTake(out var pair))
        {
            await pair.Server.CloseAsync();
            await pair.Page.CloseAsync(new() { Code = 4000, Reason = "offline" });
        }
    }
}
