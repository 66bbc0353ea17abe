using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Workbench;

/// <summary>What a person does with the mouse and keyboard on the workbench, each waiting for the server's answer.</summary>
public sealed partial class WorkbenchEditorTests
{
    private async Task<IPage> OpenWorkbenchAsync()
    {
        var page = await Chromium.NewPageAsync(new() { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _console.Add($"{message.Type}: {message.Text}");
            }
        };
        await page.GotoAsync(await App.SignInLink);
        await JobPages.OpenAsync(page, $"{App.BaseUrl}/workbench");
        await Assertions.Expect(page.GetByTestId("workbench-canvas")).ToHaveAttributeAsync("data-ready", "true");
        return page;
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

    /// <summary>Draws an edge from the node's image output to the other node's input, and waits until the server has it.</summary>
    private static async Task ConnectAsync(IPage page, string from, string to, int edgesAfter, string toPort = "image")
    {
        await DragAsync(page, Port(page, from, "out:image"), Port(page, to, $"in:{toPort}"));
        await Assertions.Expect(page.Locator($".me-wb-graph g.x6-edge[data-cell-id='{from}.image->{to}.{toPort}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".me-wb-graph g.x6-edge")).ToHaveCountAsync(edgesAfter);
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

    /// <summary>Clicks blank canvas so the side panel shows the graph's inputs, outputs and parameters.</summary>
    private static async Task BlankAsync(IPage page)
    {
        await page.Locator(".me-wb-graph").ClickAsync(new() { Position = new() { X = 20, Y = 20 } });
        await Assertions.Expect(page.GetByTestId("graph-io")).ToBeVisibleAsync();
    }

    private static async Task AddOutputAsync(IPage page, string name, string from)
    {
        await Field(page, "graph-output-name").FillAsync(name);
        await page.GetByTestId("graph-output-from").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = from }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0); // the choice is taken and the list closed
        await page.GetByTestId("graph-output-add").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid=graph-output][data-name='{name}']")).ToBeVisibleAsync();
    }

    /// <summary>Types a setting of the selected node and leaves the field, which sends it.</summary>
    private static async Task SetSettingAsync(IPage page, string setting, string value)
    {
        var input = page.Locator($"[data-setting='{setting}'] input");
        await input.FillAsync(value);
        await input.BlurAsync();
        await Assertions.Expect(page.GetByTestId("workbench-dirty")).ToBeVisibleAsync();
    }

    private static async Task ScreenshotsInBothThemesAsync(IPage page)
    {
        await page.GetByTestId("workbench-fit").ClickAsync();
        var shell = page.GetByTestId("app-shell");
        var light = await shell.GetAttributeAsync("data-theme");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, $"workbench-{light}.png") });
        await page.GetByTestId("theme-toggle").ClickAsync();
        var dark = light == "dark" ? "light" : "dark";
        await Assertions.Expect(shell).ToHaveAttributeAsync("data-theme", dark);
        await page.WaitForFunctionAsync(
            "dark => (getComputedStyle(document.body).backgroundColor.match(/\\d+/g) ?? []).slice(0, 3).reduce((a, c) => a + Number(c), 0) < 300 === dark",
            dark == "dark");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, $"workbench-{dark}.png") });
        await page.GetByTestId("theme-toggle").ClickAsync();
        await Assertions.Expect(shell).ToHaveAttributeAsync("data-theme", light!);
    }

    /// <summary>Imports a preset file on the Presets page, as a person picks it in the file chooser.</summary>
    private async Task ImportAsync(IPage page, string file)
    {
        await JobPages.OpenAsync(page, $"{App.BaseUrl}/presets");
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByTestId("preset-import-button").ClickAsync());
        await chooser.SetFilesAsync(file);
    }
}
