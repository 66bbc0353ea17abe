using System.Text.RegularExpressions;
using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Workbench;

/// <summary>
/// An operator builds <c>web-images</c> on an empty canvas: drags its four nodes from the palette, wires their ports,
/// declares the input and outputs, sees the problem the input node still has and fixes it, saves it as a new preset,
/// test-runs it on an uploaded image and sees each node's output on the canvas, saves a second version with a note, and
/// exports and re-imports the preset file. Screenshots of the editor in light and dark theme go to test-output/e2e.
/// Every step waits for the state it needs (the server applies each gesture), never for time.
/// </summary>
public sealed partial class WorkbenchEditorTests : BrowserTest
{
    private static readonly string[] WebImagesNodes = ["input", "resize", "convert", "thumbnail"];

    private readonly List<string> _console = [];

    protected override async Task BeforeDisposeAsync()
    {
        // For whoever reads a failure: the app's output and what the browser console complained about.
        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.TestOutput, "workbench-app.log"), App.Output + "\n--- browser console ---\n" + string.Join("\n", _console));
    }

    [Fact]
    public async Task Operator_ShouldBuildRunVersionExportAndReimportWebImages_FromAnEmptyCanvas()
    {
        var page = await OpenWorkbenchAsync();

        // The four nodes of web-images, dragged from the palette, wired as the system preset is.
        await AddByDragAsync(page, "image.input", 110, 160);
        await AddByDragAsync(page, "image.resize", 330, 90);
        await AddByDragAsync(page, "image.convert", 440, 300);
        await AddByDragAsync(page, "image.thumbnail", 200, 440);
        await ConnectAsync(page, "input", "resize", 1);
        await ConnectAsync(page, "resize", "convert", 2);
        await ConnectAsync(page, "input", "thumbnail", 3);

        // Declare the graph input and the two outputs (each applied by the server before the next step).
        await BlankAsync(page);
        await Field(page, "graph-input-name").FillAsync("image");
        await page.GetByTestId("graph-input-add").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=graph-input][data-name=image]")).ToBeVisibleAsync();
        await AddOutputAsync(page, "web", "convert.image");
        await AddOutputAsync(page, "thumbnail", "thumbnail.image");

        // The input node does not name the graph input yet: the problem is listed; clicking it selects the node.
        var problem = page.Locator("[data-testid=problem][data-node=input]").First;
        await Assertions.Expect(problem).ToContainTextAsync("Input nodes must name the graph input");
        await Assertions.Expect(page.Locator("[data-testid=problem][data-code=UnboundGraphInput]")).ToBeVisibleAsync();
        await Assertions.Expect(Node(page, "input").Locator("rect[stroke='#e53935']")).ToHaveCountAsync(1); // red while the problem lasts
        await problem.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=settings-form][data-node=input]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".me-wb-graph .x6-widget-selection-box")).ToHaveCountAsync(1);
        await SetSettingAsync(page, "input", "image");
        await Assertions.Expect(page.GetByTestId("problems-none")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("problem")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".me-wb-graph g.x6-node rect[stroke='#e53935']")).ToHaveCountAsync(0);

        await ScreenshotsInBothThemesAsync(page);

        // Save as a new preset, version 1 with its note.
        await page.GetByTestId("workbench-save").ClickAsync();
        await Field(page, "save-name").FillAsync("Shop images");
        await Field(page, "save-slug").FillAsync("shop-images");
        await Field(page, "save-note").FillAsync("Built in the workbench");
        await page.GetByTestId("save-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{App.BaseUrl}/workbench/shop-images");
        await Assertions.Expect(page.GetByTestId("workbench-title")).ToContainTextAsync("shop-images@1");
        await Assertions.Expect(page.GetByTestId("workbench-canvas")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.Locator(".me-wb-graph g.x6-node")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("workbench-undo")).ToBeEnabledAsync(); // the editor went on: its history is kept

        // Test run on an uploaded image: every node ends with a thumbnail of its output on the canvas.
        var image = await TestMedia.PngAsync(App.DataPath, "sample.png");
        await page.GetByTestId("workbench-run").ClickAsync();
        await JobPages.UploadToInputAsync(page, image);
        await Assertions.Expect(page.GetByTestId("run-input-chosen").Locator("figure")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await page.GetByTestId("test-run-start").ClickAsync();
        await Assertions.Expect(page.GetByTestId("test-run-status")).ToHaveAttributeAsync("data-status", "Succeeded", new() { Timeout = 60_000 });
        foreach (var node in WebImagesNodes)
        {
            await Assertions.Expect(Node(page, node).Locator("image").First).ToHaveAttributeAsync("xlink:href", ArtifactUrl());
        }

        await page.GetByTestId("workbench-fit").ClickAsync(); // the thumbnails made the nodes taller: bring them all into view
        await Node(page, "convert").ClickAsync(new() { Position = new() { X = 95, Y = 20 } });
        await Assertions.Expect(page.Locator("[data-testid=test-run-node][data-node=convert] img")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, "workbench-test-run.png") });

        // A changed setting clears that node's test-run state (and its dependents'), then saves as version 2 with a note.
        await SetSettingAsync(page, "quality", "70");
        await Assertions.Expect(Node(page, "convert").Locator("image").First).Not.ToHaveAttributeAsync("xlink:href", ArtifactUrl());
        await Assertions.Expect(Node(page, "resize").Locator("image").First).ToHaveAttributeAsync("xlink:href", ArtifactUrl());
        await page.GetByTestId("workbench-save").ClickAsync();
        await Field(page, "save-note").FillAsync("Smaller WebP files");
        await page.GetByTestId("save-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("workbench-title")).ToContainTextAsync("shop-images@2");
        await Assertions.Expect(page.GetByTestId("workbench-dirty")).ToHaveCountAsync(0);

        // Another preset opened in the same page starts afresh: its nodes show nothing of this preset's test run.
        await page.EvaluateAsync("Blazor.navigateTo('/workbench/web-images')");
        await Assertions.Expect(page.GetByTestId("workbench-title")).ToContainTextAsync("web-images@");
        await page.GetByTestId("workbench-fit").ClickAsync();
        await Node(page, "fit").ClickAsync(new() { Position = new() { X = 95, Y = 20 } });
        await Assertions.Expect(page.Locator("[data-testid=settings-form][data-node=fit]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("test-run-node")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("workbench-undo")).ToBeDisabledAsync();

        // The history lists both versions with their notes; export the file and import it again.
        await JobPages.OpenAsync(page, $"{App.BaseUrl}/presets/shop-images");
        await Assertions.Expect(page.GetByTestId("preset-version")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid=preset-version][data-version='2'] [data-testid=preset-version-note]")).ToHaveTextAsync("Smaller WebP files");
        await Assertions.Expect(page.Locator("[data-testid=preset-version][data-version='1'] [data-testid=preset-version-note]")).ToHaveTextAsync("Built in the workbench");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("preset-export").ClickAsync());
        var file = Path.Combine(App.DataPath, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        (await File.ReadAllTextAsync(file)).ShouldContain("\"slug\": \"shop-images\"");

        // The same file again adds no version; with another slug in it, it becomes a new preset with the same graph.
        await ImportAsync(page, file);
        await Assertions.Expect(page.Locator(".mud-snackbar").Last).ToContainTextAsync("graph of version 2 of shop-images already");
        var copy = Path.Combine(App.DataPath, "shop-images-copy.json");
        await File.WriteAllTextAsync(copy, (await File.ReadAllTextAsync(file)).Replace("\"slug\": \"shop-images\"", "\"slug\": \"shop-images-copy\"", StringComparison.Ordinal));
        await ImportAsync(page, copy);
        await Assertions.Expect(page.Locator(".mud-snackbar").Last).ToContainTextAsync("Imported shop-images-copy as a new preset");
        await JobPages.OpenAsync(page, $"{App.BaseUrl}/presets/shop-images-copy");
        await Assertions.Expect(page.Locator("[data-testid=preset-version][data-version='1'] [data-testid=preset-version-note]")).ToContainTextAsync("Imported from a file");
        await Assertions.Expect(page.GetByTestId("preset-graph").Locator("g[data-node]")).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task Connecting_ShouldBeRefusedWithTheReasonWhileDragging_WhenKindsDifferOrACycleWouldForm()
    {
        var page = await OpenWorkbenchAsync();
        await AddByDragAsync(page, "image.input", 110, 120);
        await AddByDragAsync(page, "video.extract-frame", 380, 120);
        await AddByDragAsync(page, "image.resize", 110, 320);
        await AddByDragAsync(page, "image.blend", 380, 320);
        var refusal = page.GetByTestId("workbench-refusal");

        await DragAsync(page, Port(page, "input", "out:image"), Port(page, "extract-frame", "in:video"), whileOverTarget: async () =>
        {
            await Assertions.Expect(refusal).ToBeVisibleAsync();
            await Assertions.Expect(refusal).ToContainTextAsync("input.image is Image; extract-frame.video takes Video.");

            // Still dragging, away from every port: the refusal no longer applies and goes.
            var port = (await Port(page, "extract-frame", "in:video").BoundingBoxAsync())!;
            await page.Mouse.MoveAsync(port.X - 120, port.Y + 60, new() { Steps = 6 });
            await Assertions.Expect(refusal).ToBeHiddenAsync();
        });
        await Assertions.Expect(refusal).ToBeHiddenAsync();

        await ConnectAsync(page, "resize", "blend", 1, toPort: "images");
        await DragAsync(page, Port(page, "blend", "out:image"), Port(page, "resize", "in:image"), whileOverTarget: async () =>
            await Assertions.Expect(refusal).ToContainTextAsync("That would make a cycle: blend → resize → blend."));
        await Assertions.Expect(refusal).ToBeHiddenAsync();
        await DragAsync(page, Port(page, "blend", "out:image"), Port(page, "blend", "in:images"), whileOverTarget: async () =>
            await Assertions.Expect(refusal).ToContainTextAsync("blend cannot feed its own input"));
        await Assertions.Expect(page.Locator(".me-wb-graph g.x6-edge")).ToHaveCountAsync(1);

        // Shift+click adds to the selection, as the shortcuts popover says.
        await Node(page, "resize").ClickAsync(new() { Position = new() { X = 95, Y = 20 } });
        await Node(page, "blend").ClickAsync(new() { Position = new() { X = 95, Y = 20 }, Modifiers = [KeyboardModifier.Shift] });
        await Assertions.Expect(page.Locator(".me-wb-graph .x6-widget-selection-box")).ToHaveCountAsync(2);

        // A node added from the palette becomes the one selection, on the canvas too: Delete removes it and nothing else.
        await AddByDragAsync(page, "image.convert", 250, 470);
        await Assertions.Expect(page.Locator("[data-testid=settings-form][data-node=convert]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".me-wb-graph .x6-widget-selection-box")).ToHaveCountAsync(1);
        await page.GetByTestId("workbench-canvas").PressAsync("Delete");
        await Assertions.Expect(Node(page, "convert")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".me-wb-graph g.x6-node")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("workbench-delete")).ToBeDisabledAsync();

        await page.GetByTestId("workbench-help").ClickAsync();
        await Assertions.Expect(page.GetByTestId("workbench-shortcuts")).ToContainTextAsync("Shift+click · Ctrl+click");
    }

    [GeneratedRegex("/files/artifacts/[0-9a-f-]{36}")]
    private static partial Regex ArtifactUrl();
}
