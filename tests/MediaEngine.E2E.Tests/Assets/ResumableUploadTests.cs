using System.Collections.Concurrent;
using System.Security.Cryptography;
using MediaEngine.E2E.Tests.Support;
using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Assets;

/// <summary>
/// An operator drops a large image on the Assets page; the network goes down after three of its 64 KiB chunks. The upload
/// waits, resumes from the server's offset once the network is back (not from the start), and ends as one stored asset.
/// </summary>
public sealed class ResumableUploadTests : BrowserTest
{
    private const int Chunk = 64 * 1024;

    protected override IReadOnlyDictionary<string, string> AppSettings =>
        new Dictionary<string, string> { ["MediaEngine__Uploads__ChunkBytes"] = $"{Chunk}" };

    [Fact]
    public async Task Upload_ShouldResumeFromTheServersOffsetAndStoreOneAsset_WhenTheNetworkDropsMidway()
    {
        var file = await TestMedia.NoisePngAsync(Media, "noise-resume.png", 420);
        var length = new FileInfo(file).Length;
        length.ShouldBeGreaterThan(6 * Chunk, "the file must take several chunks");
        var context = await Chromium.NewContextAsync(new() { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(await App.SignInLink);
        await JobPages.OpenAsync(page, $"{App.BaseUrl}/assets");

        var offsets = new ConcurrentQueue<long>();
        var cut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/uploads/*", async route =>
        {
            if (route.Request.Method != "PATCH")
            {
                await route.ContinueAsync();
                return;
            }

            offsets.Enqueue(long.Parse(route.Request.Headers["upload-offset"], System.Globalization.CultureInfo.InvariantCulture));
            if (offsets.Count == 4 && !cut.Task.IsCompleted)
            {
                await context.SetOfflineAsync(true); // the network goes down while the fourth chunk is on its way
                await route.AbortAsync("internetdisconnected");
                cut.TrySetResult();
                return;
            }

            await route.ContinueAsync();
        });
        await page.Locator("[data-testid=assets-upload] input[type=file]").SetInputFilesAsync(file);
        await cut.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var session = Directory.GetDirectories(Path.Combine(App.DataPath, "uploads")).ShouldHaveSingleItem();
        new FileInfo(Path.Combine(session, "data.part")).Length.ShouldBe(3 * Chunk, "three chunks arrived before the cut");
        await Assertions.Expect(page.Locator("[data-testid=asset-upload]")).ToHaveAttributeAsync("data-state", "Receiving");
        await context.SetOfflineAsync(false);

        await Assertions.Expect(page.Locator("[data-testid=asset-upload][data-state=Added]")).ToHaveCountAsync(1, new() { Timeout = 90_000 });
        var sent = offsets.ToList();
        sent.Count(o => o == 0).ShouldBe(1, "the upload resumed; it did not start over");
        sent.Count(o => o == 3 * Chunk).ShouldBeGreaterThanOrEqualTo(2, "the chunk cut off was sent again from the server's offset");
        sent.Max().ShouldBe((length - 1) / Chunk * Chunk);
        Directory.GetDirectories(Path.Combine(App.DataPath, "uploads")).ShouldBeEmpty("the finished session is deleted");
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)));
        File.Exists(Path.Combine(App.DataPath, "artifacts", sha[..2], sha + ".png")).ShouldBeTrue();
        await page.Locator("input[data-testid=assets-search], [data-testid=assets-search] input").First.FillAsync("noise-resume");
        await Assertions.Expect(page.Locator("[data-testid=asset-card]")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.TestOutput, "resumable-upload.png") });
    }
}
