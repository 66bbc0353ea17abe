using System.Globalization;
using System.Text.Json.Nodes;
using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.Benchmarks;

/// <summary>
/// Frame times of the workbench while a node of a large graph is dragged, in Chromium: a generated preset of
/// <c>nodes</c> image nodes is imported on the Presets page and opened in the workbench; a node is dragged across
/// the canvas in small steps while the page records the interval between animation frames.
/// </summary>
internal static class WorkbenchScenario
{
    private const string RecordFrames = """
        () => {
          window.__frames = [];
          let last = performance.now();
          const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__recording) requestAnimationFrame(tick); };
          window.__recording = true;
          requestAnimationFrame(tick);
        }
        """;

    public static async Task DragAsync(int nodes)
    {
        var folder = Directory.CreateTempSubdirectory("mediaengine-bench-workbench-");
        try
        {
            var file = Path.Combine(folder.FullName, $"chain-{nodes}.json");
            await File.WriteAllTextAsync(file, ChainPreset(nodes).ToJsonString());
            await using var session = await BrowserSession.StartAsync();
            var page = session.Page;
            await JobPages.OpenAsync(page, $"{session.App.BaseUrl}/presets");
            var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByTestId("preset-import-button").ClickAsync());
            await chooser.SetFilesAsync(file);
            var outcome = page.Locator("[data-testid=preset-import-problems]").Or(page.GetByText($"Imported chain-{nodes}")).First;
            await outcome.WaitForAsync(new() { Timeout = 30_000 });
            if (await page.GetByTestId("preset-import-problems").CountAsync() > 0)
            {
                throw new InvalidOperationException($"The generated preset was refused: {await page.GetByTestId("preset-import-problems").TextContentAsync()}");
            }


            await JobPages.OpenAsync(page, $"{session.App.BaseUrl}/workbench/chain-{nodes}");
            await Assertions.Expect(page.Locator(".me-wb-graph g.x6-node")).ToHaveCountAsync(nodes, new() { Timeout = 30_000 });
            var frames = await DragOneNodeAsync(page, $"r{nodes / 2}");
            frames.Sort();
            Console.WriteLine(
                $"workbench-drag: {nodes} nodes, {frames.Count} frames while dragging one node: frame time p50 {Statistics.Percentile(frames, 50):0.0} ms, " +
                $"p95 {Statistics.Percentile(frames, 95):0.0} ms, max {frames[^1]:0.0} ms; {frames.Count(f => f > 50)} frames over 50 ms");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Drags the node 240 px right (and back and forth vertically) and returns the frame intervals; fails unless the node
    /// really moved on the canvas and on the server, so a drag that missed the node cannot report smooth frames.
    /// </summary>
    private static async Task<List<double>> DragOneNodeAsync(IPage page, string nodeId)
    {
        var body = page.Locator($".me-wb-graph g.x6-node[data-cell-id='{nodeId}'] rect").First;
        await Assertions.Expect(page.GetByTestId("workbench-dirty")).ToHaveCountAsync(0);
        var box = await body.BoundingBoxAsync() ?? throw new InvalidOperationException($"Node {nodeId} is not on the canvas.");
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.EvaluateAsync(RecordFrames);
        for (var step = 1; step <= 120; step++)
        {
            await page.Mouse.MoveAsync(x + step * 2, y + (float)Math.Sin(step / 10.0) * 40);
        }

        await page.Mouse.UpAsync();
        var frames = await page.EvaluateAsync<double[]>("() => { window.__recording = false; return window.__frames.slice(1); }");
        var after = await body.BoundingBoxAsync() ?? throw new InvalidOperationException($"Node {nodeId} left the canvas while dragged.");
        if (after.X - box.X < 120)
        {
            throw new InvalidOperationException($"Node {nodeId} did not follow the drag (moved {after.X - box.X:0} px of 240): the frame times would say nothing.");
        }

        await Assertions.Expect(page.GetByTestId("workbench-dirty")).ToBeVisibleAsync(); // the server applied the move
        return [.. frames];
    }

    /// <summary>image.input → r1 → r2 → … resize nodes in a grid, ten to a row, with one output.</summary>
    private static JsonObject ChainPreset(int count)
    {
        var nodes = new JsonArray { Node("source", "image.input", new JsonObject { ["input"] = "image" }, 0) };
        var edges = new JsonArray();
        var previous = "source";
        for (var i = 1; i < count; i++)
        {
            var id = $"r{i}";
            nodes.Add(Node(id, "image.resize", new JsonObject { ["width"] = 2000 - i, ["height"] = 2000 - i }, i));
            edges.Add(new JsonObject { ["from"] = $"{previous}.image", ["to"] = $"{id}.image" });
            previous = id;
        }

        return new JsonObject
        {
            ["schemaVersion"] = 1,
            ["name"] = $"chain-{count}",
            ["slug"] = $"chain-{count}",
            ["description"] = "Generated for the workbench drag benchmark",
            ["inputs"] = new JsonArray { new JsonObject { ["name"] = "image", ["kind"] = "Image" } },
            ["nodes"] = nodes,
            ["edges"] = edges,
            ["outputs"] = new JsonArray { new JsonObject { ["name"] = "out", ["from"] = $"{previous}.image" } },
        };
    }

    private static JsonObject Node(string id, string type, JsonObject settings, int index) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["settings"] = settings,
        ["position"] = new JsonObject { ["x"] = index % 10 * 240, ["y"] = index / 10 * 120 },
    };
}
