using System.IO.Compression;
using System.Text.RegularExpressions;
using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Gallery;

/// <summary>
/// An operator uploads three images on the Assets page, runs web-images on them (picked from the library, one job per
/// image), sees the outputs in the gallery, compares one with its input on the slider, downloads the job's outputs as a
/// zip and follows the lineage graph to the preset version that made it.
/// </summary>
public sealed class AssetsToGalleryTests : BrowserTest
{

    [Fact]
    public async Task UploadRunAndBrowse_ShouldCompareWithTheInputDownloadTheZipAndFollowLineageToThePresetVersion()
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
        await page.Locator("[data-testid=assets-upload] input[type=file]").SetInputFilesAsync(images);
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
        await Assertions.Expect(page.Locator("[data-testid=lineage-node][data-kind=Asset]")).ToHaveCountAsync(1);

        await page.GetByTestId("gallery-compare-open").ClickAsync();
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
