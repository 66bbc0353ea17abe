using System.Text.RegularExpressions;
using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.Benchmarks;

/// <summary>
/// Event-to-screen latency in Chromium: the web app runs as people run it (its own process, in-process workers); a
/// signed-in browser submits <c>transcode-web</c> on a generated clip and watches the job page. Every time the page
/// shows a newer event, the time from the event (server clock, stamped when the worker published it) to the next
/// animation frame in the browser (same machine clock) is one sample.
/// </summary>
internal static partial class BrowserScenarios
{
    private const string LatencyScript = """
        () => {
          window.__latency = [];
          const progress = document.querySelector('[data-testid=job-progress]');
          new MutationObserver(() => {
            const at = Number(progress.dataset.eventAt);
            if (at) requestAnimationFrame(() => window.__latency.push(Date.now() - at));
          }).observe(progress, { attributes: true, attributeFilter: ['data-event-at'] });
        }
        """;

    public static async Task EventLatencyAsync(int runs, int seconds)
    {
        var media = Directory.CreateTempSubdirectory("mediaengine-bench-latency-");
        try
        {
            await using var session = await BrowserSession.StartAsync();
            var (page, app) = (session.Page, session.App);
            List<double> samples = [];
            for (var run = 1; run <= runs; run++)
            {
                // A different clip each run: the same one would come from the cache and send no progress.
                var clip = await TestMedia.ClipAsync(media.FullName, $"latency-{run}.mp4", seconds + run, 1280, 720);
                var shown = await RunOnceAsync(page, app.BaseUrl, clip);
                Console.Error.WriteLine($"event-latency: run {run}: {shown.Length} screen updates");
                samples.AddRange(shown);
            }

            samples.Sort();
            if (samples.Count == 0)
            {
                throw new InvalidOperationException("The job page showed no event while the job ran; nothing was measured.");
            }

            Console.WriteLine(
                $"event-latency: {samples.Count} screen updates over {runs} transcode-web job(s) of a {seconds} s clip: " +
                $"event → screen p50 {Statistics.Percentile(samples, 50):0} ms, p95 {Statistics.Percentile(samples, 95):0} ms, max {samples[^1]:0} ms");
        }
        finally
        {
            media.Delete(recursive: true);
        }
    }

    private static async Task<double[]> RunOnceAsync(IPage page, string baseUrl, string clip)
    {
        await JobPages.RunPresetAsync(page, baseUrl, "transcode-web", clip);
        await page.EvaluateAsync(LatencyScript);
        var status = page.GetByTestId("job-status");
        try
        {
            await Assertions.Expect(status).ToHaveAttributeAsync("data-status", Finished(), new() { Timeout = 600_000 });
        }
        catch (PlaywrightException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, "event-latency-timeout.png"), FullPage = true });
            throw;
        }

        if (await status.GetAttributeAsync("data-status") != "Succeeded")
        {
            var error = await page.GetByTestId("job-error").TextContentAsync();
            throw new InvalidOperationException($"The transcode-web job did not succeed: {error}");
        }

        return await page.EvaluateAsync<double[]>("() => window.__latency");
    }

    [GeneratedRegex("^(Succeeded|Failed|Cancelled)$")]
    private static partial Regex Finished();
}
