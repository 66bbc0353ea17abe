using System.Globalization;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Compare;
using MediaEngine.Pipelines.Media;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.JSInterop;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>
/// Compares two files. The facts come from ffprobe when the sides are set; SSIM is measured by ffmpeg only when asked,
/// with progress, and is cancelled when the view goes away. Two pictures or two videos can be compared on the slider:
/// two videos are played as one (<c>syncVideos</c> in <c>js/gallery.js</c>), the after clipped at the split.
/// </summary>
public sealed partial class CompareView : IAsyncDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private CancellationTokenSource? _ssimRun;
    private (CompareSide Before, CompareSide After)? _loaded;
    private CompareMode _mode = CompareMode.Slider;
    private int _split = 50;
    private MediaComparison? _facts;
    private string? _factsError;
    private double? _ssim;
    private string? _ssimNote;
    private string? _ssimError;
    private string? _playError;
    private bool _ssimRunning;
    private double? _ssimProgress;
    private CompareMedia? _beforeMedia;
    private CompareMedia? _afterMedia;
    private ElementReference _sliderBefore;
    private ElementReference _sliderAfter;
    private ElementReference _play;
    private ElementReference _seek;
    private ElementReference _time;
    private IJSObjectReference? _module;
    private IJSObjectReference? _sync;
    private bool _synced;

    [Inject]
    private MediaComparer Comparer { get; set; } = default!;

    [Inject]
    private IDbContextFactory<MediaEngineDbContext> Contexts { get; set; } = default!;

    [Inject]
    private ArtifactStore Store { get; set; } = default!;

    [Inject]
    private AssetFiles AssetFiles { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The reference file, usually the input.</summary>
    [Parameter, EditorRequired]
    public CompareSide Before { get; set; } = default!;

    /// <summary>The file compared with it, usually the output.</summary>
    [Parameter, EditorRequired]
    public CompareSide After { get; set; } = default!;

    private bool CanSlide => Before.Kind == After.Kind && Before.Kind is MediaKind.Image or MediaKind.Video;

    private string AfterClip => string.Create(CultureInfo.InvariantCulture, $"clip-path: inset(0 0 0 {_split}%)");

    private string DividerLeft => string.Create(CultureInfo.InvariantCulture, $"left: {_split}%");

    protected override async Task OnParametersSetAsync()
    {
        if (_loaded == (Before, After))
        {
            return;
        }

        _loaded = (Before, After);
        CancelSsim();
        (_facts, _factsError, _ssim, _ssimNote, _ssimError) = (null, null, null, null, null);
        _mode = CanSlide ? CompareMode.Slider : CompareMode.SideBySide;
        await StopSyncAsync();
        try
        {
            var (before, after) = await PathsAsync(_lifetime.Token);
            _facts = await Comparer.CompareAsync(before, after, measureSsim: false, progress: null, _lifetime.Token);
            _ssimNote = _facts.SsimNote;
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            _factsError = $"The files could not be compared: {ex.Message}";
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The view went away.
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var wanted = _mode == CompareMode.Slider && Before.Kind == MediaKind.Video;
        if (wanted == _synced)
        {
            return;
        }

        try
        {
            await StopSyncAsync();
            if (wanted)
            {
                _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/gallery.js");
                _sync = await _module.InvokeAsync<IJSObjectReference>("syncVideos", _sliderBefore, _sliderAfter, _play, _seek, _time);
                _synced = true;
            }
        }
        catch (JSDisconnectedException)
        {
            // the circuit went away
        }
    }

    private async Task SetModeAsync(CompareMode mode)
    {
        if (mode != _mode)
        {
            await StopSyncAsync();
            _mode = mode;
        }
    }

    private async Task StopSyncAsync()
    {
        _synced = false;
        if (_sync is { } sync)
        {
            _sync = null;
            await sync.InvokeVoidAsync("dispose");
            await sync.DisposeAsync();
        }
    }

    private Color ModeColor(CompareMode mode) => _mode == mode ? Color.Primary : Color.Default;

    private void OnSplitInput(ChangeEventArgs e)
    {
        if (int.TryParse(Convert.ToString(e.Value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var split))
        {
            _split = Math.Clamp(split, 0, 100);
        }
    }

    private async Task ComputeSsimAsync()
    {
        CancelSsim();
        var run = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        _ssimRun = run;
        (_ssimRunning, _ssimProgress, _ssimError) = (true, null, null);
        try
        {
            var (before, after) = await PathsAsync(run.Token);
            var progress = new RenderProgress(this);
            var result = await Comparer.CompareAsync(before, after, measureSsim: true, progress, run.Token);
            (_facts, _ssim, _ssimNote) = (result, result.Ssim, result.SsimNote);
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            _ssimError = $"SSIM could not be measured: {ex.Message}";
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            if (!_lifetime.IsCancellationRequested)
            {
                _ssimError = "SSIM was not measured: the measurement was cancelled. Press Compute SSIM to start again.";
            }
        }
        finally
        {
            if (_ssimRun == run)
            {
                (_ssimRun, _ssimRunning) = (null, false);
            }

            run.Dispose();
        }
    }

    private void CancelSsim()
    {
        _ssimRun?.Cancel();
        _ssimRunning = false;
    }

    private async Task PlayBothAsync()
    {
        _playError = null;
        foreach (var media in new[] { _beforeMedia?.Media, _afterMedia?.Media })
        {
            if (media is { } element)
            {
                try
                {
                    // Calls the element's own play(); no script of ours is needed.
                    await JS.InvokeVoidAsync("HTMLMediaElement.prototype.play.call", element);
                }
                catch (JSException ex)
                {
                    _playError = $"The browser would not start playing: {ex.Message} Use each player's own controls.";
                }
            }
        }
    }

    private async Task<(string Before, string After)> PathsAsync(CancellationToken cancellationToken) =>
        (await CompareFiles.PathOfAsync(Before, Contexts, Store, AssetFiles, cancellationToken),
         await CompareFiles.PathOfAsync(After, Contexts, Store, AssetFiles, cancellationToken));

    private static bool IsExpected(Exception ex) =>
        ex is FileNotFoundException or MediaInputException or MediaToolException or InvalidOperationException;

    public async ValueTask DisposeAsync()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
        try
        {
            await StopSyncAsync();
            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // the circuit went away with the browser's objects
        }
    }

    /// <summary>Shows each percentage as it comes, from whichever thread ffmpeg reports on.</summary>
    private sealed class RenderProgress(CompareView view) : IProgress<double>
    {
        public void Report(double value) => _ = view.InvokeAsync(() =>
        {
            view._ssimProgress = value;
            view.StateHasChanged();
        });
    }
}
