using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Workbench;

/// <summary>
/// An operator builds a two-step image pipeline on an empty canvas: drags nodes from the palette, connects typed ports
/// (a wrong kind is refused while dragging), declares the input and output the problems panel asks for, and saves it
/// as a new preset — then sees it on the Presets page. Screenshots of the editor in light and dark theme.
/// </summary>
public sealed class WorkbenchEditorTests : IAsyncLifetime
{
    private AppProcess _app = default!;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;

    public async ValueTask InitializeAsync()
    {
        _app = await AppProcess.StartAsync();
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
    }

    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea");

    private static ILocator Node(IPage page, string id) => page.Locator($".me-wb-graph g.x6-node[data-cell-id='{id}']");

    private static ILocator Port(IPage page, string node, string port) => Node(page, node).Locator($"[port='{port}']").First; // X6 adds a highlight copy while connecting

    private static async Task AddByDragAsync(IPage page, string type, int x, int y)
    {
        var nodes = page.Locator(".me-wb-graph g.x6-node");
        var before = await nodes.CountAsync();
        await Field(page, "palette-search").FillAsync(type);
        var item = page.Locator($"[data-testid=palette-item][data-node-type='{type}']");
        await Assertions.Expect(page.GetByTestId("palette-item")).ToHaveCountAsync(1); // the filtered list has settled
        await item.DragToAsync(page.Locator(".me-wb-graph"), new() { TargetPosition = new() { X = x, Y = y } });
        await Assertions.Expect(nodes).ToHaveCountAsync(before + 1);
    }

    private static async Task DragAsync(IPage page, ILocator from, ILocator to, Func<Task>? whileOverTarget = null)
    {
        await from.WaitForAsync();
        await to.WaitForAsync();
        var a = (await from.BoundingBoxAsync())!;
        var b = (await to.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(a.X + a.Width / 2, a.Y + a.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(b.X + b.Width / 2, b.Y + b.Height / 2, new() { Steps = 12 });
        if (whileOverTarget is not null)
        {
            await whileOverTarget();
        }

        await page.Mouse.UpAsync();
    }

    [Fact]
    public async Task Operator_ShouldBuildAndSaveAPipeline_FromAnEmptyCanvas()
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        await page.GotoAsync(await _app.SignInLink);
        await JobPages.OpenAsync(page, $"{_app.BaseUrl}/workbench");
        await Assertions.Expect(page.GetByTestId("workbench-canvas")).ToHaveAttributeAsync("data-ready", "true");
        var canvas = page.Locator(".me-wb-graph");

        await AddByDragAsync(page, "image.input", 110, 120);
        await AddByDragAsync(page, "image.resize", 300, 300);
        await AddByDragAsync(page, "image.convert", 420, 120);
        await Assertions.Expect(page.Locator(".me-wb-graph g.x6-node")).ToHaveCountAsync(3);

        await DragAsync(page, Port(page, "input", "out:image"), Port(page, "resize", "in:image"));
        await DragAsync(page, Port(page, "resize", "out:image"), Port(page, "convert", "in:image"));
        await Assertions.Expect(page.Locator(".me-wb-graph g.x6-edge")).ToHaveCountAsync(2);

        // A second input into resize.image (and a cycle) is refused while dragging, with the reason.
        await DragAsync(page, Port(page, "convert", "out:image"), Port(page, "resize", "in:image"), whileOverTarget: async () =>
            await Assertions.Expect(page.GetByTestId("workbench-refusal")).ToContainTextAsync("resize.image already has an input"));
        await Assertions.Expect(page.Locator(".me-wb-graph g.x6-edge")).ToHaveCountAsync(2);

        // Declare the graph input and bind the input node to it; publish convert's image.
        await page.Locator(".me-wb-graph").ClickAsync(new() { Position = new() { X = 20, Y = 20 } });
        await Field(page, "graph-input-name").FillAsync("photo");
        await page.GetByTestId("graph-input-add").ClickAsync();
        await Field(page, "graph-output-name").FillAsync("web");
        await page.GetByTestId("graph-output-from").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "convert.image" }).ClickAsync();
        await page.GetByTestId("graph-output-add").ClickAsync();
        await Node(page, "input").ClickAsync();
        await page.Locator("[data-setting='input'] input, input[data-setting='input']").FillAsync("photo");
        await page.Locator("[data-setting='input'] input, input[data-setting='input']").BlurAsync();
        await Assertions.Expect(page.GetByTestId("problem")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".me-wb-graph g.x6-node rect[stroke='#e53935']")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, "workbench-light.png") });
        await page.GetByTestId("theme-toggle").ClickAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, "workbench-dark.png") });

        await page.GetByTestId("workbench-save").ClickAsync();
        await Field(page, "save-name").FillAsync("Web photos");
        await Field(page, "save-slug").FillAsync("web-photos");
        await page.GetByTestId("save-submit").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync($"{_app.BaseUrl}/workbench/web-photos");
        await Assertions.Expect(page.GetByTestId("workbench-title")).ToContainTextAsync("web-photos@1");
        await Assertions.Expect(page.GetByTestId("workbench-dirty")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".me-wb-graph g.x6-node")).ToHaveCountAsync(3);

        // Test run on an uploaded image: node states on the canvas, then each node's output beside it.
        var image = await TestMedia.PngAsync(_app.DataPath, "sample.png");
        await page.GetByTestId("workbench-run").ClickAsync();
        await JobPages.UploadToInputAsync(page, image);
        await Assertions.Expect(page.GetByTestId("run-input-chosen").Locator("figure")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await page.GetByTestId("test-run-start").ClickAsync();
        await Assertions.Expect(page.GetByTestId("test-run-status")).ToHaveAttributeAsync("data-status", "Succeeded", new() { Timeout = 60_000 });
        await Assertions.Expect(Node(page, "convert").Locator("text").First).ToContainTextAsync("done");
        await Node(page, "convert").ClickAsync();
        await Assertions.Expect(page.GetByTestId("test-run-node").Locator("img")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, "workbench-test-run.png") });

        await JobPages.OpenAsync(page, $"{_app.BaseUrl}/presets/web-photos");
        await Assertions.Expect(page.GetByTestId("preset-version")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("preset-version").First).ToHaveAttributeAsync("data-version", "1");
    }
}
