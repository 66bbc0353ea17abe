using System.Globalization;
using MediaEngine.Domain.Artifacts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web.Virtualization;
using Microsoft.JSInterop;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>
/// A grid of <see cref="GalleryCard"/>s virtualised by rows (<see cref="Virtualize{TItem}"/> with an items provider):
/// the browser reports how many columns fit (<c>observeColumns</c> in <c>js/gallery.js</c>), each request for rows
/// becomes one <see cref="ArtifactQueries.SliceAsync"/> of whole rows, and the total is counted once per filter.
/// </summary>
public sealed partial class GalleryGrid : IAsyncDisposable
{
    /// <summary>The height of a row of cards, gap included (Virtualize needs it fixed).</summary>
    public const int RowHeight = 292;

    /// <summary>The narrowest a card may be.</summary>
    public const int MinCardWidth = 220;

    /// <summary>Space between cards.</summary>
    public const int Gap = 16;

    private ElementReference _element;
    private Virtualize<CardRow>? _virtualize;
    private IJSObjectReference? _module;
    private IJSObjectReference? _observer;
    private DotNetObjectReference<GalleryGrid>? _self;
    private GalleryFilter? _countedFor;
    private GalleryFilter? _shownFor;
    private int? _total;
    private int _columns = 4;

    [Inject]
    private ArtifactQueries Queries { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public GalleryFilter Filter { get; set; } = default!;

    [Parameter]
    public EventCallback<GalleryItem> OnOpen { get; set; }

    /// <summary>Raised with the number of matching outputs whenever it is counted (once per filter).</summary>
    [Parameter]
    public EventCallback<int> OnCounted { get; set; }

    /// <summary>Raised when the outputs cannot be read, with what to tell the person.</summary>
    [Parameter]
    public EventCallback<string> OnError { get; set; }

    private string RowStyle => string.Create(CultureInfo.InvariantCulture,
        $"grid-template-columns: repeat({_columns}, minmax(0, 1fr)); height: {RowHeight - Gap}px; margin-bottom: {Gap}px");

    protected override async Task OnParametersSetAsync()
    {
        if (_shownFor is not null && _shownFor != Filter && _virtualize is not null)
        {
            _shownFor = Filter;
            await _virtualize.RefreshDataAsync();
        }

        _shownFor = Filter;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            _self = DotNetObjectReference.Create(this);
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/gallery.js");
            _observer = await _module.InvokeAsync<IJSObjectReference>("observeColumns", _element, _self, MinCardWidth, Gap);
        }
        catch (JSDisconnectedException)
        {
            // the circuit went away
        }
    }

    /// <summary>Called by the browser when the number of columns that fit changes.</summary>
    [JSInvokable]
    public async Task SetColumns(int columns)
    {
        columns = Math.Clamp(columns, 1, 12);
        if (columns != _columns)
        {
            _columns = columns;
            if (_virtualize is not null)
            {
                await _virtualize.RefreshDataAsync();
            }

            StateHasChanged();
        }
    }

    private async ValueTask<ItemsProviderResult<CardRow>> ProvideAsync(ItemsProviderRequest request)
    {
        var filter = Filter;
        var columns = _columns;
        try
        {
            if (_countedFor != filter)
            {
                var total = await Queries.CountPublishedAsync(filter, request.CancellationToken);
                (_countedFor, _total) = (filter, total);
                await OnCounted.InvokeAsync(total);
            }

            var rows = (int)Math.Ceiling(_total!.Value / (double)columns);
            var first = Math.Min(request.StartIndex, rows);
            var count = Math.Min(request.Count, rows - first);
            if (count <= 0)
            {
                return new ItemsProviderResult<CardRow>([], rows);
            }

            var items = await Queries.SliceAsync(filter, first * columns, count * columns, request.CancellationToken);
            var cardRows = items.Chunk(columns).Select((chunk, i) => new CardRow(first + i, chunk)).ToList();
            return new ItemsProviderResult<CardRow>(cardRows, rows);
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            await OnError.InvokeAsync($"The gallery could not be read: {ex.Message} Reload the page to try again.");
            return new ItemsProviderResult<CardRow>([], 0);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_observer is not null)
            {
                await _observer.InvokeVoidAsync("dispose");
                await _observer.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // the circuit went away with the browser's objects
        }

        _self?.Dispose();
    }

    /// <summary>One row of the grid: its index and its cards (the last row may be short).</summary>
    public sealed record CardRow(int Index, IReadOnlyList<GalleryItem> Items);
}
