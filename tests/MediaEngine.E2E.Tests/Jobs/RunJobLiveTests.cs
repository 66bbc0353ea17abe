using System.Text.Json;
using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Jobs;

/// <summary>
/// An admin pauses the workers for maintenance, runs a preset on an image uploaded in the browser, watches the queued
/// job, resumes the workers from another tab and sees the job's node states change on the open page, live.
/// </summary>
public sealed class RunJobLiveTests : BrowserTest
{

    [Fact]
    public async Task RunPreset_ShouldShowNodeStatesChangeLive_WhenTheWorkersResume()
    {
        var image = await TestMedia.PngAsync(Media, "pattern.png");
        var context = await Chromium.NewContextAsync(new() { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(await App.SignInLink);
        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync("Admin");

        var settings = await context.NewPageAsync();
        await JobPages.OpenAsync(settings, $"{App.BaseUrl}/settings?tab=workers");
        await settings.Locator("input[data-testid=pool-reason], [data-testid=pool-reason] input").FillAsync("Browser test holds the queue");
        await settings.GetByTestId("pool-pause").ClickAsync();
        await Assertions.Expect(settings.GetByTestId("pool-state")).ToContainTextAsync("Browser test holds the queue");

        await JobPages.RunPresetAsync(page, App.BaseUrl, "web-images", image);

        await Assertions.Expect(page.GetByTestId("job-status")).ToHaveAttributeAsync("data-status", "Queued");
        await Assertions.Expect(page.GetByTestId("workers-paused")).ToContainTextAsync("Browser test holds the queue");
        var nodes = page.Locator("g[data-node]");
        (await nodes.CountAsync()).ShouldBeGreaterThan(1);
        foreach (var node in await nodes.AllAsync())
        {
            (await node.GetAttributeAsync("data-state")).ShouldBe("Pending");
        }

        await page.EvaluateAsync(JobPages.RecordStatesScript);
        await page.EvaluateAsync("() => window.__sameDocument = true");
        await settings.GetByTestId("pool-resume").ClickAsync();

        await Assertions.Expect(page.GetByTestId("job-status")).ToHaveAttributeAsync("data-status", "Succeeded", new() { Timeout = 60_000 });
        foreach (var node in await nodes.AllAsync())
        {
            await Assertions.Expect(node).ToHaveAttributeAsync("data-state", "Succeeded");
        }

        (await page.EvaluateAsync<bool>("() => window.__sameDocument === true")).ShouldBeTrue("the page must update without a reload");
        using var seen = JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.__seen)"));
        var statuses = seen.RootElement.GetProperty("status").EnumerateArray().Select(s => s.GetString()).ToList();
        var nodeStates = seen.RootElement.GetProperty("nodes").EnumerateArray().Select(s => s.GetString()).ToList();
        statuses.ShouldContain("Running", $"the page showed {string.Join(" → ", statuses)}");
        nodeStates.ShouldContain("Pending");
        nodeStates.ShouldContain("Succeeded");
        await Assertions.Expect(page.GetByTestId("job-outputs").Locator("img")).Not.ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, "job-detail-succeeded.png"), FullPage = true });
    }
}
