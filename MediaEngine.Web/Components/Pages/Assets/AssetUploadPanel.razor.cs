using MediaEngine.Domain.Auditing;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Media;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Assets;

/// <summary>
/// Takes dropped or chosen files one after another: a file over <see cref="MediaLimits.MaxFileBytes"/> is refused before
/// a byte is read; the others go through <see cref="AssetUploads"/> like API uploads (streamed with progress into a
/// temporary file outside the web root, taken in, audited; the temporary file is always deleted).
/// </summary>
public partial class AssetUploadPanel : IDisposable
{
    /// <summary>Most files taken from one drop or selection.</summary>
    public const int MaxFiles = 100;

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(150);

    private readonly CancellationTokenSource _stop = new();
    private MudFileUpload<IReadOnlyList<IBrowserFile>>? _upload;
    private List<AssetUploadItem> _items = [];
    private bool _busy;

    [Inject]
    private AssetUploads Uploads { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>Raised after a batch in which at least one asset was added.</summary>
    [Parameter]
    public EventCallback OnUploaded { get; set; }

    /// <summary>Raised with an asset id when its link in the list is clicked.</summary>
    [Parameter]
    public EventCallback<Guid> OnOpen { get; set; }

    private long MaxFileBytes => Uploads.MaxFileBytes;

    private static string LimitKey => MediaLimits.KeyOf(nameof(MediaLimits.MaxFileBytes));

    private string Summary
    {
        get
        {
            var done = _items.Count(i => i.IsDone);
            var counts = _items.Where(i => i.IsDone).GroupBy(i => i.State).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
            return $"{done} of {_items.Count} done" + (done > 0 ? $": {string.Join(", ", counts)}" : string.Empty);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task OnFilesChangedAsync(InputFileChangeEventArgs args)
    {
        if (args.FileCount > MaxFiles)
        {
            _items = [new AssetUploadItem($"{args.FileCount} files", 0)
            {
                State = AssetUploadState.Refused,
                Message = $"Too many files at once: send at most {MaxFiles} per drop and the rest afterwards. Nothing was uploaded.",
            }];
            return;
        }

        var files = args.GetMultipleFiles(MaxFiles);
        var batch = files.Select(f => new AssetUploadItem(f.Name, f.Size)).ToList();
        _items = [.. batch, .. _items.Where(i => i.IsDone)];
        _busy = true;
        try
        {
            var actor = PrincipalFactory.ToActor((await Authentication.GetAuthenticationStateAsync()).User);
            for (var i = 0; i < files.Count && !_stop.IsCancellationRequested; i++)
            {
                await UploadAsync(files[i], batch[i], actor, _stop.Token);
                StateHasChanged();
            }
        }
        finally
        {
            _busy = false;
        }

        if (_upload is not null && !_stop.IsCancellationRequested)
        {
            await _upload.ClearAsync(); // the same files can be sent again
        }

        if (batch.Any(i => i.State == AssetUploadState.Added) && !_stop.IsCancellationRequested)
        {
            await OnUploaded.InvokeAsync();
        }
    }

    private async Task UploadAsync(IBrowserFile file, AssetUploadItem item, AuditActor actor, CancellationToken ct)
    {
        try
        {
            if (file.Size > MaxFileBytes)
            {
                throw new AssetRejectedException(file.Name,
                    $"it is {AssetDisplay.Size(file.Size)}, over the {AssetDisplay.Size(MaxFileBytes)} limit ({LimitKey}); nothing was read");
            }

            item.State = AssetUploadState.Receiving;
            StateHasChanged();
            await using var input = file.OpenReadStream(MaxFileBytes, ct);
            var (asset, duplicate) = await Uploads.ReceiveAsync(input, file.Name, actor, ProgressOf(file, item), ct);
            (item.State, item.AssetId, item.AssetName) = (duplicate ? AssetUploadState.Duplicate : AssetUploadState.Added, asset.Id, asset.Name);
        }
        catch (AssetRejectedException ex)
        {
            if (item.State == AssetUploadState.Waiting)
            {
                await Uploads.RecordRefusalAsync(ex, actor, CancellationToken.None); // refused before a byte was read
            }

            (item.State, item.Message) = (AssetUploadState.Refused, $"Refused: {ex.Reason}.");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            (item.State, item.Message) = (AssetUploadState.Failed, "Stopped: the page was closed.");
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or JSException)
        {
            (item.State, item.Message) = (AssetUploadState.Failed, $"Could not be taken in: {ex.Message} Nothing was stored; try this file again.");
        }
    }

    /// <summary>Shows the bytes received a few times a second; once all are in, the file is being checked.</summary>
    private Progress<long> ProgressOf(IBrowserFile file, AssetUploadItem item)
    {
        var lastRender = Clock.GetTimestamp();
        return new Progress<long>(received =>
        {
            item.Progress = file.Size == 0 ? 100 : Math.Min(100, received * 100.0 / file.Size);
            if (received >= file.Size)
            {
                item.State = AssetUploadState.Checking;
            }

            if (item.State == AssetUploadState.Checking || Clock.GetElapsedTime(lastRender) >= ProgressInterval)
            {
                lastRender = Clock.GetTimestamp();
                StateHasChanged();
            }
        });
    }

    private void Clear() => _items = [];

    private static string IconOf(AssetUploadState state) => state switch
    {
        AssetUploadState.Added => Icons.Material.Filled.CheckCircle,
        AssetUploadState.Duplicate => Icons.Material.Filled.ContentCopy,
        AssetUploadState.Refused or AssetUploadState.Failed => Icons.Material.Filled.Block,
        AssetUploadState.Waiting => Icons.Material.Filled.Schedule,
        _ => Icons.Material.Filled.CloudUpload,
    };

    private static Color ColorOf(AssetUploadState state) => state switch
    {
        AssetUploadState.Added => Color.Success,
        AssetUploadState.Duplicate => Color.Info,
        AssetUploadState.Refused or AssetUploadState.Failed => Color.Error,
        _ => Color.Default,
    };
}
