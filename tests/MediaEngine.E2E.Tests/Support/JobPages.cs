using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Support;

/// <summary>What a person does on the run-a-preset page, for tests and the latency benchmark.</summary>
public static class JobPages
{
    /// <summary>Recorded in the page: every value the job status and node states took (old values included), and whether the page was reloaded.</summary>
    public const string RecordStatesScript = """
        () => {
          window.__seen = { status: [], nodes: [] };
          const record = (el, old) => {
            if (el.dataset.status !== undefined) { if (old) window.__seen.status.push(old); window.__seen.status.push(el.dataset.status); }
            if (el.dataset.node !== undefined) { if (old) window.__seen.nodes.push(old); window.__seen.nodes.push(el.dataset.state); }
          };
          document.querySelectorAll('[data-testid=job-status], g[data-node]').forEach(el => record(el, null));
          new MutationObserver(records => {
            for (const r of records) {
              if (r.type === 'attributes') { record(r.target, r.oldValue); continue; }
              r.addedNodes.forEach(n => n.querySelectorAll && [n, ...n.querySelectorAll('[data-testid=job-status], g[data-node]')]
                .filter(el => el.matches && el.matches('[data-testid=job-status], g[data-node]')).forEach(el => record(el, null)));
            }
          }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-status', 'data-state'] });
        }
        """;

    /// <summary>Opens <paramref name="url"/> and waits until its circuit is interactive (clicks before that do nothing).</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await Assertions.Expect(page.GetByTestId("app-shell")).ToHaveAttributeAsync("data-interactive", "true");
    }

    /// <summary>
    /// Uploads through the first run input's Upload button and the file chooser, as a person does. (Setting files on
    /// the hidden input directly can race the input's start-up after the picker is re-created for another preset.)
    /// </summary>
    public static async Task UploadToInputAsync(IPage page, params string[] files)
    {
        var upload = page.GetByTestId("run-input").First.GetByRole(AriaRole.Button, new() { Name = "Upload" });
        var chooser = await page.RunAndWaitForFileChooserAsync(() => upload.ClickAsync());
        await chooser.SetFilesAsync(files);
    }

    /// <summary>From the Jobs page: opens "Run a preset", picks <paramref name="slug"/>, uploads <paramref name="file"/> and submits.</summary>
    public static async Task RunPresetAsync(IPage page, string baseUrl, string slug, string file)
    {
        await OpenAsync(page, $"{baseUrl}/jobs");
        await page.GetByTestId("jobs-run").ClickAsync();
        await page.GetByTestId("run-preset").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = $"{slug}@" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-submit")).ToContainTextAsync($"{slug}@");
        await UploadToInputAsync(page, file);
        var outcome = page.Locator("[data-testid=run-input-chosen] figure, [data-testid=run-input-refused]").First;
        await outcome.WaitForAsync(new() { Timeout = 60_000 });
        if (await outcome.GetAttributeAsync("data-testid") == "run-input-refused")
        {
            throw new InvalidOperationException($"The upload of {Path.GetFileName(file)} was refused: {await outcome.TextContentAsync()}");
        }

        await page.GetByTestId("run-submit").ClickAsync();
        // The job page loads after the submission is stored and queued; on a busy machine that takes more than the default 5 s.
        await Assertions.Expect(page.GetByTestId("job-status")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }
}
