using System.IO.Compression;
using System.Text.RegularExpressions;
using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Gallery;

/// <summary>
/// An operator drops three images on the Assets page, runs web-images on them (picked from the library, one job per
/// image), sees the outputs in the gallery, compares one with the uploaded image it was made from (size and dimension
/// deltas, SSIM, the slider), downloads the job's outputs as a zip and follows the lineage graph to the preset version
/// that made it.
/// </summary>
public sealed class AssetsToGalleryTests : BrowserTest
{

    [Fact]
    public async Task DropRunAndBrowse_ShouldCompareWithTheSourceImageDownloadTheZipAndFollowLineageToThePresetVersion()
    {
        string[] images =
        [
            await TestMedia.PngAsync(Media, "first.png", 640, 480),
            await TestMedia.PngAsync(Media, "second.png", 480, 640),
            await TestMedia.PngAsync(Media, "third.png", 320, 320),
        ];
        var page = await Chromium.NewPageAsync(new() { ViewportSize = new ViewportSize { Width = 1440, Height = 900 }, AcceptDownloads = true });
        await page.GotoAsync(await App.SignInLink);

        await JobPages.OpenAsync(page, $"{App.BaseUrl}/assets");
        // Dropped on the upload area as a person drags them from the desktop, once its script is attached.
        await Assertions.Expect(page.GetByTestId("assets-upload-input")).ToHaveAttributeAsync("data-ready", "true");
        await FileDrop.DropAsync(page.GetByTestId("assets-upload-input-drop"), images, "image/png");
        await Assertions.Expect(page.GetByTestId("asset-upload")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-testid=asset-upload][data-state=Added]")).ToHaveCountAsync(3, new() { Timeout = 30_000 });

        // Run web-images on the three, chosen from the library: several files for its one-image input run one job each.
        await JobPages.OpenAsync(page, $"{App.BaseUrl}/jobs/new?preset=web-images");
        var chosen = page.GetByTestId("run-input-chosen");
        for (var i = 0; i < images.Length; i++)
        {
            var name = Path.GetFileName(images[i]);
            await page.Locator("input[data-testid=run-input-search], [data-testid=run-input-search] input").First.FillAsync(Path.GetFileNameWithoutExtension(name));
            // Click only once the list shows this search's single match: an item of an earlier search can be re-rendered
            // away under the pointer.
            var items = page.Locator(".mud-popover-open .mud-list-item");
            await Assertions.Expect(items).ToHaveCountAsync(1);
            await Assertions.Expect(items).ToContainTextAsync(name);
            await items.ClickAsync();
            await Assertions.Expect(chosen).ToHaveAttributeAsync("data-count", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(page.GetByTestId("run-submit")).ToHaveAttributeAsync("data-jobs", "3");
        await page.GetByTestId("run-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/jobs$"));
        await Assertions.Expect(page.Locator("[data-testid=job-row][data-status=Succeeded]")).ToHaveCountAsync(3, new() { Timeout = 60_000 });

        // Every job's two outputs are in the gallery, each with a thumbnail the server made.
        await JobPages.OpenAsync(page, $"{App.BaseUrl}/gallery");
        await Assertions.Expect(page.GetByTestId("gallery-count")).ToHaveTextAsync("6 outputs");
        await Assertions.Expect(page.GetByTestId("gallery-card")).ToHaveCountAsync(6);
        var thumbnail = page.Locator("[data-testid=gallery-card] img").First;
        await Assertions.Expect(thumbnail).ToHaveAttributeAsync("src", new Regex("/thumbnail\\?size=320$"));
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await thumbnail.ElementHandleAsync());

        var card = page.Locator("[data-testid=gallery-card]", new() { Has = page.Locator("[data-testid=gallery-card-caption]", new() { HasText = "webp.image" }) }).First;
        await card.ClickAsync();
        var sourceNode = page.Locator("[data-testid=lineage-node][data-kind=Asset]");
        await Assertions.Expect(sourceNode).ToHaveCountAsync(1);
        var sourceText = await sourceNode.TextContentAsync();
        var source = images.Select(Path.GetFileName).Single(name => sourceText!.Contains(name!, StringComparison.Ordinal))!;
        var (width, height) = source switch { "first.png" => (640, 480), "second.png" => (480, 640), _ => (320, 320) };

        // The before side is the uploaded image the output was made from, chosen from the list (not an intermediate file).
        await page.GetByTestId("gallery-compare-open").ClickAsync();
        await page.GetByTestId("gallery-compare-choice").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = $"{source} (source asset" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("compare-before")).ToHaveAttributeAsync("src", new Regex("^/files/assets/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByTestId("compare-before")).ToHaveAttributeAsync("alt", $"Before: {source}");
        await Assertions.Expect(page.GetByTestId("compare-size")).ToContainTextAsync(new Regex("[+−]\\d+\\.\\d %"));
        var dimensions = $"{width}×{height}";
        await Assertions.Expect(page.GetByTestId("compare-dimensions")).ToHaveTextAsync(new Regex($"Dimensions\\s*{dimensions}\\s*{dimensions}\\s*±0 % pixels"));
        await page.GetByTestId("compare-ssim-compute").ClickAsync();
        var ssim = page.GetByTestId("compare-ssim-value");
        await Assertions.Expect(ssim).ToHaveTextAsync(new Regex("^[01]\\.\\d{4}$"), new() { Timeout = 60_000 });
        double.Parse((await ssim.TextContentAsync())!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(0.8, 1.0);

        var slider = page.GetByTestId("compare-range");
        await slider.FillAsync("30");
        await Assertions.Expect(page.GetByTestId("compare-after")).ToHaveAttributeAsync("style", new Regex("30%"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, "gallery-compare.png") });
        await page.GetByTestId("gallery-compare-close").ClickAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("gallery-zip").ClickAsync());
        var zip = Path.Combine(Media, "outputs.zip");
        await download.SaveAsAsync(zip);
        using (var archive = ZipFile.OpenRead(zip))
        {
            archive.Entries.Select(e => e.Name).ShouldBe(["webp-image.webp", "thumb-image.jpg"], ignoreOrder: true);
            archive.Entries.ShouldAllBe(e => e.Length > 0);
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, "gallery-lineage.png") });
        await page.Locator("[data-testid=lineage-node][data-kind=PresetVersion] [data-testid=lineage-link]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/presets/web-images\\?version=1$"));
        await Assertions.Expect(page.GetByTestId("preset-shown-version")).ToHaveAttributeAsync("data-version", "1");
    }
}
