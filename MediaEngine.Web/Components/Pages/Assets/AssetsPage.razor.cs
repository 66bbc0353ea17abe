using System.Globalization;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Querying;
using MediaEngine.Domain.Users;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Demo;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Assets;

/// <summary>
/// The assets library: upload (operators), then browse every live asset as a grid of thumbnails or a list, paged in the
/// database and filtered by kind, tag, uploader and date, searched by name and tag. <c>/assets?tag=demo</c> opens it on
/// the demo media. A click opens <see cref="AssetDetailDialog"/>.
/// </summary>
public partial class AssetsPage
{
    private const string DemoTag = DemoMediaSeeder.Tag;
    private const string DemoCollection = DemoMediaSeeder.CollectionName;
    private static readonly int[] PageSizes = [24, 48, 96];

    private IReadOnlyList<Asset> _items = [];
    private IReadOnlyList<User> _users = [];
    private IReadOnlyDictionary<Guid, string> _uploaders = new Dictionary<Guid, string>();
    private IReadOnlyList<string> _tags = [];
    private IReadOnlyList<CollectionSummary> _collections = [];
    private IReadOnlyDictionary<Guid, IReadOnlyList<CollectionSummary>> _collectionsOf = new Dictionary<Guid, IReadOnlyList<CollectionSummary>>();
    private readonly HashSet<Guid> _selected = [];
    private Guid? _collection;
    private string? _appliedCollectionQuery;
    private AssetView _view = AssetView.Grid;
    private MediaKind? _kind;
    private string? _tag;
    private string? _appliedTagQuery;
    private Guid? _uploader;
    private DateRange? _range;
    private string? _search;
    private int _page;
    private int _pageSize = PageSizes[0];
    private int _total;
    private int _loadVersion;
    private bool _loading = true;
    private bool _canOperate;
    private string? _error;

    /// <summary>A tag to filter on from the address, e.g. <c>/assets?tag=demo</c>.</summary>
    [SupplyParameterFromQuery(Name = "tag")]
    public string? TagQuery { get; set; }

    /// <summary>A collection to show from the address, by id or name, e.g. <c>/assets?collection=Demo media</c>.</summary>
    [SupplyParameterFromQuery(Name = "collection")]
    public string? CollectionQuery { get; set; }

    [Inject]
    private AssetLibrary Library { get; set; } = default!;

    [Inject]
    private AssetCollections Collections { get; set; } = default!;

    [Inject]
    private UserService Users { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    private int PageCount => Math.Max(1, (int)Math.Ceiling(_total / (double)_pageSize));

    private IEnumerable<string> TagChoices => _tag is { Length: > 0 } current && !_tags.Contains(current) ? [current, .. _tags] : _tags;

    private CollectionSummary? CurrentCollection => _collections.FirstOrDefault(c => c.Id == _collection);

    private bool Filtered => _collection is not null || _kind is not null || _tag is not null || _uploader is not null || _range is not null || !string.IsNullOrWhiteSpace(_search);

    private string CountText => _total switch
    {
        0 => string.Empty,
        1 => "1 asset",
        _ => string.Create(CultureInfo.InvariantCulture,
            $"{_total} assets · {(_page * _pageSize) + 1}–{Math.Min(_total, (_page + 1) * _pageSize)} shown"),
    };

    private string EmptyText => Filtered
        ? "No assets match. Clear the filters or search for something else."
        : _canOperate
            ? "No assets yet. Drop files above to add images, video, audio or data tables."
            : "No assets yet. An operator can upload some.";

    protected override async Task OnInitializedAsync()
    {
        _users = await Users.ListAsync();
        _uploaders = _users.ToDictionary(u => u.Id, u => u.Name);
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _canOperate = (await Authorization.AuthorizeAsync(user, Policies.Operator)).Succeeded;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_appliedTagQuery != TagQuery || _appliedCollectionQuery != CollectionQuery || _loadVersion == 0)
        {
            _appliedTagQuery = TagQuery;
            _appliedCollectionQuery = CollectionQuery;
            _tag = string.IsNullOrWhiteSpace(TagQuery) ? null : TagQuery.Trim().ToLowerInvariant();
            _collection = string.IsNullOrWhiteSpace(CollectionQuery) ? null : (await Collections.FindAsync(CollectionQuery))?.Id ?? Guid.Empty;
            _page = 0;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var version = ++_loadVersion;
        _loading = true;
        try
        {
            var filter = new AssetFilter(
                _kind, _range?.Start?.ToUniversalTime(), _range?.End?.AddDays(1).ToUniversalTime(), _uploader, _tag, _search, CollectionId: _collection);
            var result = await Library.ListAsync(filter, new PageRequest(_page, _pageSize));
            var tags = await Library.TagsAsync();
            var collections = await Collections.ListAsync();
            var collectionsOf = await Collections.OfAssetsAsync([.. result.Items.Select(a => a.Id)]);
            if (version != _loadVersion)
            {
                return; // a newer filter was applied meanwhile
            }

            (_items, _total, _tags, _collections, _collectionsOf, _error) = (result.Items, result.TotalCount, tags, collections, collectionsOf, null);
            if (_items.Count == 0 && _page > 0 && _total > 0)
            {
                _page = PageCount - 1; // the page emptied (deletes): show the last one that has assets
                await LoadAsync();
            }
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            _error = $"The assets could not be read: {ex.Message} Reload the page to try again.";
        }
        finally
        {
            if (version == _loadVersion)
            {
                _loading = false;
            }
        }
    }

    private Task FilterAsync(Action change)
    {
        change();
        _page = 0;
        return LoadAsync();
    }

    private Task OnSearchChangedAsync(string? search) => FilterAsync(() => _search = search);

    private Task OnKindChangedAsync(MediaKind? kind) => FilterAsync(() => _kind = kind);

    private Task OnCollectionChangedAsync(Guid? collection) => FilterAsync(() => _collection = collection);

    private void Toggle(Guid assetId)
    {
        if (!_selected.Remove(assetId))
        {
            _selected.Add(assetId);
        }
    }

    private void ClearSelection() => _selected.Clear();

    private async Task OpenCollectionsAsync()
    {
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true };
        var dialog = await Dialogs.ShowAsync<CollectionsDialog>(
            "Collections", new DialogParameters<CollectionsDialog> { { d => d.CanOperate, _canOperate } }, options);
        await dialog.Result;
        await LoadAsync();
    }

    private Task OnTagChangedAsync(string? tag) => FilterAsync(() => _tag = tag);

    private Task OnUploaderChangedAsync(Guid? uploader) => FilterAsync(() => _uploader = uploader);

    private Task OnRangeChangedAsync(DateRange? range) => FilterAsync(() => _range = range);

    private Task OnPageSizeChangedAsync(int size) => FilterAsync(() => _pageSize = size);

    private Task OnPageChangedAsync(int selected)
    {
        _page = selected - 1;
        return LoadAsync();
    }

    private Task OnUploadedAsync() => LoadAsync();

    private Task OpenAssetAsync(Asset asset) => OpenAsync(asset.Id);

    private async Task OpenAsync(Guid assetId)
    {
        var asset = _items.FirstOrDefault(a => a.Id == assetId);
        var uploader = asset?.UploadedById is { } id ? _uploaders.GetValueOrDefault(id) : asset is not null && AssetDisplay.IsDemo(asset) ? "MediaEngine" : null;
        var parameters = new DialogParameters<AssetDetailDialog>
        {
            { d => d.AssetId, assetId },
            { d => d.CanOperate, _canOperate },
            { d => d.UploaderName, uploader },
        };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true };
        var dialog = await Dialogs.ShowAsync<AssetDetailDialog>(asset?.Name ?? "Asset", parameters, options);
        await dialog.Result;
        await LoadAsync(); // tags or a delete may have changed the page
    }
}
