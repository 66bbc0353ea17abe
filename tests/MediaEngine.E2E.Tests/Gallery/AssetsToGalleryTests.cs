using System.IO.Compression;
using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Gallery;

/// <summary>
/// An operator uploads three images on the Assets page, runs web-images on one of them, opens the output in the
/// gallery, compares it with its input using the slider, downloads the job's outputs as a zip and follows the
/// lineage to the preset version.
/// </summary>
public sealed class AssetsToGalleryTests : IAsyncLifetime
{
    private AppProcess _app = default!;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;
    private DirectoryInfo _media = default!;

    public async ValueTask InitializeAsync()
    {
        _media = Directory.CreateTempSubdirectory("mediaengine-e2e-gallery-");
        _app = await AppProcess.StartAsync();
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
        _media.Delete(recursive: true);
    }

    [Fact]
    public async Task UploadRunAndBrowse_ShouldCompareWithTheInputDownloadTheZipAndReachThePreset()
    {
        string[] images =
        [
            await TestMedia.PngAsync(_media.FullName, "first.png", 640, 480),
            await TestMedia.PngAsync(_media.FullName, "second.png", 480, 640),
            await TestMedia.PngAsync(_media.FullName, "third.png", 320, 320),
        ];
        var page = await _browser.NewPageAsync(new() { ViewportSize = new ViewportSize { Width = 1440, Height = 900 }, AcceptDownloads = true });
        await page.GotoAsync(await _app.SignInLink);

        await JobPages.OpenAsync(page, $"{_app.BaseUrl}/assets");
        await page.Locator("[data-testid=assets-upload] input[type=file]").SetInputFilesAsync(images);
        await Assertions.Expect(page.Locator("[data-testid=asset-upload][data-state=Added]")).ToHaveCountAsync(3, new() { Timeout = 30_000 });

        await JobPages.RunPresetAsync(page, _app.BaseUrl, "web-images", images[0]);
        await Assertions.Expect(page.GetByTestId("job-status")).ToHaveAttributeAsync("data-status", "Succeeded", new() { Timeout = 60_000 });

        await JobPages.OpenAsync(page, $"{_app.BaseUrl}/gallery");
        var card = page.Locator("[data-testid=gallery-card][data-kind=Image]").First;
        await card.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=lineage-entry][data-source=Asset]")).Not.ToHaveCountAsync(0);

        await page.GetByTestId("gallery-compare-open").ClickAsync();
        var slider = page.GetByTestId("compare-range");
        await slider.FillAsync("30");
        await Assertions.Expect(page.GetByTestId("compare-after")).ToHaveAttributeAsync("style", new System.Text.RegularExpressions.Regex("30%"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, "gallery-compare.png") });
        await page.GetByTestId("gallery-compare-close").ClickAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("gallery-zip").ClickAsync());
        var zip = Path.Combine(_media.FullName, "outputs.zip");
        await download.SaveAsAsync(zip);
        using (var archive = ZipFile.OpenRead(zip))
        {
            archive.Entries.Select(e => e.Name).ShouldContain(n => n.StartsWith("webp-", StringComparison.Ordinal));
        }

        await page.GetByTestId("gallery-preset").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/presets/web-images"));
    }
}
