using System.Globalization;
using MediaEngine.Domain.Entities;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>
/// Shows one artifact in full. Zoom, pan and frame stepping run in <c>js/gallery.js</c> on the browser's own events; the
/// frame rate comes from the server (ffprobe), so a step is exactly one frame. Playback goes through the authorised
/// file endpoint.
/// </summary>
public sealed partial class MediaViewer : IAsyncDisposable
{
    private ElementReference _stage;
    private ElementReference _media;
    private ElementReference _label;
    private IJSObjectReference? _module;
    private IJSObjectReference? _controller;
    private (MediaKind, string, double?)? _initialised;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The artifact shown (for its waveform thumbnail).</summary>
    [Parameter, EditorRequired]
    public Guid ArtifactId { get; set; }

    /// <summary>Where the file plays from.</summary>
    [Parameter, EditorRequired]
    public string Url { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public MediaKind Kind { get; set; }

    [Parameter]
    public string Alt { get; set; } = string.Empty;

    /// <summary>A video's frames per second, measured by ffprobe; null when unknown.</summary>
    [Parameter]
    public double? FrameRate { get; set; }

    /// <summary>Why the frame rate is unknown, when it is.</summary>
    [Parameter]
    public string? FrameRateNote { get; set; }

    private string FrameRateText => string.Create(CultureInfo.InvariantCulture, $"{FrameRate:0.###} fps");

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var wanted = (Kind, Url, FrameRate);
        if (_initialised == wanted || Kind is not (MediaKind.Image or MediaKind.Video) || (Kind == MediaKind.Video && FrameRate is not > 0))
        {
            return;
        }

        _initialised = wanted;
        try
        {
            await DisposeControllerAsync();
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/gallery.js");
            _controller = Kind == MediaKind.Image
                ? await _module.InvokeAsync<IJSObjectReference>("initZoom", _stage, _label)
                : await _module.InvokeAsync<IJSObjectReference>("initFrameStepper", _stage, _media, FrameRate!.Value, _label);
        }
        catch (JSDisconnectedException)
        {
            // the circuit went away
        }
    }

    private Task ZoomAsync(string action) => CallAsync(action);

    private Task StepAsync(int frames) => CallAsync("step", frames);

    private async Task CallAsync(string method, params object[] arguments)
    {
        if (_controller is not null)
        {
            await _controller.InvokeVoidAsync(method, arguments);
        }
    }

    private async Task DisposeControllerAsync()
    {
        if (_controller is not null)
        {
            await _controller.InvokeVoidAsync("dispose");
            await _controller.DisposeAsync();
            _controller = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await DisposeControllerAsync();
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
}
