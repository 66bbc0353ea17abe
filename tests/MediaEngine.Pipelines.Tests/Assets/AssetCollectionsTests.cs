using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Querying;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Tests.Support;

namespace MediaEngine.Pipelines.Tests.Assets;

public sealed class AssetCollectionsTests : IDisposable
{
    private static readonly AuditActor Operator = new(Guid.NewGuid(), "operator@example.com");

    private readonly string _dataPath = Directory.CreateTempSubdirectory("mediaengine-collections-").FullName;
    private readonly TestDatabase _database;
    private readonly ListAuditLog _audit = new();
    private readonly AssetCollections _collections;
    private readonly AssetLibrary _library;

    public AssetCollectionsTests()
    {
        _database = new TestDatabase(_dataPath);
        _collections = new AssetCollections(_database, _audit, TimeProvider.System);
        _library = new AssetLibrary(_database, _audit, TimeProvider.System);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }

    private async Task<Asset> AddAsync(string name, MediaKind kind = MediaKind.Image, bool deleted = false)
    {
        var asset = new Asset
        {
            Name = name,
            Kind = kind,
            MimeType = kind == MediaKind.Video ? "video/mp4" : "image/png",
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name))),
            DeletedAt = deleted ? DateTime.UtcNow : null,
        };
        await using var db = _database.CreateDbContext();
        db.Assets.Add(asset);
        await db.SaveChangesAsync();
        return asset;
    }

    [Fact]
    public async Task CreateAsync_ShouldRefuseANameTakenIgnoringCase_WhenTwoCollectionsWouldShareIt()
    {
        await _collections.CreateAsync("  Spring   campaign ", null, Operator);

        var refusal = await Should.ThrowAsync<ArgumentException>(() => _collections.CreateAsync("SPRING CAMPAIGN", null, Operator));
        await Should.ThrowAsync<ArgumentException>(() => _collections.CreateAsync("   ", null, Operator));

        refusal.Message.ShouldContain("There is already a collection called 'SPRING CAMPAIGN'");
        (await _collections.ListAsync()).Select(c => c.Name).ShouldBe(["Spring campaign"]);
    }

    [Fact]
    public async Task AddAssetsAsync_ShouldAddLiveAssetsOnceAndFilterTheLibrary_WhenManyAreSelected()
    {
        var beach = await AddAsync("beach.png");
        var clip = await AddAsync("clip.mp4", MediaKind.Video);
        var gone = await AddAsync("gone.png", deleted: true);
        await AddAsync("elsewhere.png");
        var spring = await _collections.CreateAsync("Spring", null, Operator);

        var added = await _collections.AddAssetsAsync(spring.Id, [beach.Id, clip.Id, gone.Id], Operator);
        var again = await _collections.AddAssetsAsync(spring.Id, [beach.Id], Operator);
        var inSpring = await _library.ListAsync(new AssetFilter(CollectionId: spring.Id), new PageRequest(0, 50));
        var videosInSpring = await _library.ListAsync(new AssetFilter(Kind: MediaKind.Video, CollectionId: spring.Id), new PageRequest(0, 50));

        (added, again).ShouldBe((2, 0));
        inSpring.Items.Select(a => a.Name).ShouldBe(["clip.mp4", "beach.png"], ignoreOrder: true);
        videosInSpring.Items.ShouldHaveSingleItem().Name.ShouldBe("clip.mp4");
        (await _collections.ListAsync()).ShouldHaveSingleItem().AssetCount.ShouldBe(2);
        (await _collections.OfAssetsAsync([beach.Id]))[beach.Id].Select(c => c.Name).ShouldBe(["Spring"]);
        _audit.Entries.Select(e => e.Action).ShouldBe(["collection.created", "collection.assets-added"]);
    }

    [Fact]
    public async Task RenameRemoveAndDelete_ShouldChangeTheCollectionButKeepTheAssets()
    {
        var beach = await AddAsync("beach.png");
        var spring = await _collections.CreateAsync("Spring", null, Operator);
        await _collections.CreateAsync("Summer", null, Operator);
        await _collections.AddAssetsAsync(spring.Id, [beach.Id], Operator);

        await Should.ThrowAsync<ArgumentException>(() => _collections.RenameAsync(spring.Id, "summer", Operator));
        await _collections.RenameAsync(spring.Id, "Spring sale", Operator);
        (await _collections.RemoveAssetsAsync(spring.Id, [beach.Id], Operator)).ShouldBe(1);
        await _collections.AddAssetsAsync(spring.Id, [beach.Id], Operator);
        await _collections.DeleteAsync(spring.Id, Operator);

        (await _collections.ListAsync()).Select(c => c.Name).ShouldBe(["Summer"]);
        (await _library.FindAsync(beach.Id)).ShouldNotBeNull();
        (await _collections.OfAssetsAsync([beach.Id])).ShouldBeEmpty();
        _audit.Entries.Select(e => e.Action).ShouldContain("collection.renamed");
        _audit.Entries.Single(e => e.Action == "collection.deleted").Details.ShouldBe("name=Spring sale");
        await Should.ThrowAsync<KeyNotFoundException>(() => _collections.AddAssetsAsync(spring.Id, [beach.Id], Operator));
    }
}
