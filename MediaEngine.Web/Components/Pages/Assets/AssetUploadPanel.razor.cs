using MediaEngine.Pipelines.Media;
using MediaEngine.Web.Components.Shared.Uploads;
using MediaEngine.Web.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Assets;

/// <summary>
/// Drag-and-drop upload of many files for operators, each going up in resumable chunks (<see cref="ResumableUpload"/>)
/// with its own progress; a file over <see cref="MediaLimits.MaxFileBytes"/> is refused before a byte is sent. The list
/// shows what became of each file: added, already present (linked to the existing asset), refused with the reason, or
/// failed.
/// </summary>
public partial class AssetUploadPanel
{
    /// <summary>Most files taken from one drop or selection.</summary>
    public const int MaxFiles = 100;

    private List<UploadItem> _items = [];

    [Inject]
    private AssetUploads Uploads { get; set; } = default!;

    /// <summary>Raised after each file that became a new asset.</summary>
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

    private void OnItemChanged(UploadItem item)
    {
        if (!_items.Contains(item))
        {
            _items.RemoveAll(i => i.Key == item.Key && i.IsDone); // the same file again
            var firstDone = _items.FindIndex(i => i.IsDone);
            _items.Insert(firstDone < 0 ? _items.Count : firstDone, item);
        }
    }

    private Task OnFinishedAsync(UploadItem item) => item.State == UploadState.Added ? OnUploaded.InvokeAsync() : Task.CompletedTask;

    private void OnTooManyFiles(int count) =>
        _items.Insert(0, new UploadItem($"batch-{Guid.NewGuid():N}", $"{count} files", 0)
        {
            State = UploadState.Refused,
            Message = $"Too many files at once: send at most {MaxFiles} per drop and the rest afterwards. Nothing was uploaded.",
        });

    private void Clear() => _items.RemoveAll(i => i.IsDone);

    private static string IconOf(UploadState state) => state switch
    {
        UploadState.Added => Icons.Material.Filled.CheckCircle,
        UploadState.Duplicate => Icons.Material.Filled.ContentCopy,
        UploadState.Refused or UploadState.Failed => Icons.Material.Filled.Block,
        UploadState.Waiting => Icons.Material.Filled.Schedule,
        _ => Icons.Material.Filled.CloudUpload,
    };

    private static Color ColorOf(UploadState state) => state switch
    {
        UploadState.Added => Color.Success,
        UploadState.Duplicate => Color.Info,
        UploadState.Refused or UploadState.Failed => Color.Error,
        _ => Color.Default,
    };
}
