using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Support;

/// <summary>
/// What every browser test class shares: its own app process (fresh data folder and database), one headless Chromium,
/// and a temporary folder for the media the test makes. All three are created before the first test of the class and
/// removed after its last.
/// </summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private DirectoryInfo? _media;

    /// <summary>The app under test, started on a free loopback port.</summary>
    protected AppProcess App { get; private set; } = default!;

    protected IBrowser Chromium { get; private set; } = default!;

    /// <summary>A temporary folder for the files the test makes and downloads.</summary>
    protected string Media => (_media ??= Directory.CreateTempSubdirectory("mediaengine-e2e-")).FullName;

    /// <summary>Settings for the app process (environment variables such as <c>MediaEngine__Uploads__ChunkBytes</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string>? AppSettings => null;

    public async ValueTask InitializeAsync()
    {
        App = await AppProcess.StartAsync(AppSettings);
        (_playwright, Chromium) = await Browser.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await BeforeDisposeAsync();
        }
        finally
        {
            if (Chromium is not null)
            {
                await Chromium.DisposeAsync();
            }

            _playwright?.Dispose();
            if (App is not null)
            {
                await App.DisposeAsync();
            }

            _media?.Delete(recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Runs before the browser and the app go away, e.g. to keep the app's output for whoever reads a failure.</summary>
    protected virtual Task BeforeDisposeAsync() => Task.CompletedTask;
}
