using MediaEngine.Domain.Entities;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;

namespace MediaEngine.Web.Components.Shared.Uploads;

/// <summary>
/// A file chooser and drop zone whose files go up through the resumable upload routes (<c>/uploads</c>) from the browser,
/// not through this circuit: a dropped connection or a page reload loses nothing, and the same file chosen again resumes.
/// The server checks the role, the size limit (before any byte is sent) and the content. The parent hears of each file
/// (<see cref="OnItemChanged"/>) and of each finished one (<see cref="OnFinished"/>).
/// </summary>
public partial class ResumableUpload : IAsyncDisposable
{
    private readonly string _inputId = $"upload-{Guid.NewGuid():N}";
    private readonly Dictionary<string, UploadItem> _items = [];
    private ElementReference _root;
    private DotNetObjectReference<ResumableUpload>? _self;
    private IJSObjectReference? _module;
    private IJSObjectReference? _handle;
    private IReadOnlyList<PendingUpload> _pending = [];
    private bool _attached;

    /// <summary>The browser route of upload sessions.</summary>
    public const string Url = "/uploads";

    [Parameter]
    public bool Multiple { get; set; }

    /// <summary>Most files taken from one drop or choice.</summary>
    [Parameter]
    public int MaxFiles { get; set; } = 100;

    /// <summary>A drop zone (that can also be clicked) instead of a button.</summary>
    [Parameter]
    public bool DropZone { get; set; }

    [Parameter]
    public string ButtonText { get; set; } = "Upload";

    [Parameter]
    public bool Disabled { get; set; }

    [Parameter]
    public string TestId { get; set; } = "upload";

    /// <summary>The drop zone's text.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>A file was queued, made progress or finished.</summary>
    [Parameter]
    public EventCallback<UploadItem> OnItemChanged { get; set; }

    /// <summary>A file finished: taken in (added or recognised as a duplicate), refused or failed.</summary>
    [Parameter]
    public EventCallback<UploadItem> OnFinished { get; set; }

    /// <summary>More files were dropped than <see cref="MaxFiles"/>; nothing was sent.</summary>
    [Parameter]
    public EventCallback<int> OnTooManyFiles { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private AntiforgeryStateProvider Antiforgery { get; set; } = default!;

    [JSInvokable]
    public Task UploadQueued(string key, string name, long size)
    {
        var item = new UploadItem(key, name, size);
        _items[key] = item;
        return OnItemChanged.InvokeAsync(item);
    }

    [JSInvokable]
    public Task UploadProgress(string key, long sent)
    {
        if (!_items.TryGetValue(key, out var item))
        {
            return Task.CompletedTask;
        }

        item.SentBytes = sent;
        item.State = sent >= item.SizeBytes ? UploadState.Checking : UploadState.Receiving;
        return OnItemChanged.InvokeAsync(item);
    }

    /// <param name="kind">The asset's <see cref="MediaKind"/> by name, as the upload route answers it.</param>
    [JSInvokable]
    public async Task UploadFinished(string key, Guid assetId, string name, string kind, bool duplicate)
    {
        if (_items.Remove(key, out var item))
        {
            (item.State, item.AssetId, item.AssetName, item.AssetKind, item.SentBytes) = (
                duplicate ? UploadState.Duplicate : UploadState.Added,
                assetId,
                name,
                Enum.TryParse<MediaKind>(kind, out var parsed) ? parsed : null,
                item.SizeBytes);
            await OnItemChanged.InvokeAsync(item);
            await OnFinished.InvokeAsync(item);
        }
    }

    [JSInvokable]
    public async Task UploadFailed(string key, string message, bool refused)
    {
        if (_items.Remove(key, out var item))
        {
            (item.State, item.Message) = refused ? (UploadState.Refused, message) : (UploadState.Failed, $"{message} Nothing was stored; try this file again.");
            await OnItemChanged.InvokeAsync(item);
            await OnFinished.InvokeAsync(item);
        }
    }

    [JSInvokable]
    public Task UploadBatchRefused(int count) => OnTooManyFiles.InvokeAsync(count);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        var token = Antiforgery.GetAntiforgeryToken()?.Value;
        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/uploads.js");
        if (_module is null)
        {
            return; // no browser (prerendering or tests)
        }

        _handle = await _module.InvokeAsync<IJSObjectReference>("attach", _root, _self, new { url = Url, token, maxFiles = MaxFiles });
        _pending = await _module.InvokeAsync<IReadOnlyList<PendingUpload>?>("pending", Url, token) ?? [];
        _attached = true;
        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_handle is not null)
            {
                await _handle.InvokeVoidAsync("dispose");
                await _handle.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // the page is gone; so are its listeners
        }

        _self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
