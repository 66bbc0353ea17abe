using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Storage;

namespace MediaEngine.Pipelines.Tests.Storage;

public sealed class StorageUsageQueryTests : IDisposable
{
    private readonly StorageFixture _storage = new();

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task MeasureAsync_ShouldCountEachContentOnce_WhenAssetsAndArtifactsShareIt()
    {
        var web = await _storage.PresetAsync("web-images");
        var reel = await _storage.PresetAsync("reel");
        var source = _storage.Content(1000);
        await _storage.AssetAsync(source);
        await _storage.AssetAsync(source); // the same content twice is one file
        await _storage.ArtifactAsync(source, ageDays: 1, presetVersionId: web.Id); // the input node's pass-through
        var output = _storage.Content(2000);
        await _storage.ArtifactAsync(output, ageDays: 1, published: true, presetVersionId: web.Id);
        await _storage.ArtifactAsync(output, ageDays: 2, presetVersionId: web.Id);
        var step = _storage.Content(300);
        await _storage.ArtifactAsync(step, ageDays: 1, presetVersionId: web.Id);
        await _storage.ArtifactAsync(step, ageDays: 1, presetVersionId: reel.Id);
        var clip = _storage.Content(5000, ".mp4");
        await _storage.ArtifactAsync(clip, ageDays: 1, published: true, presetVersionId: reel.Id, kind: MediaKind.Video);
        var gone = _storage.Content(400);
        await _storage.AssetAsync(gone, deleted: true);
        var purged = _storage.Content(600);
        await _storage.ArtifactAsync(purged, ageDays: 90);
        await _storage.Cleanup().RunAsync(AuditActor.System);

        var usage = await _storage.Usage().MeasureAsync();

        usage.Total.Sources.ShouldBe(new StorageBytes(1, 1000));
        usage.Total.Published.ShouldBe(new StorageBytes(2, 7000));
        usage.Total.Intermediates.ShouldBe(new StorageBytes(1, 300));
        usage.DeletedSources.ShouldBe(new StorageBytes(1, 400));
        usage.RemovedByCleanup.ShouldBe(new StorageBytes(1, 600));
        usage.Stored.ShouldBe(new StorageBytes(5, 8700));
        usage.ByKind.Select(k => (k.Kind, k.Split.Total.Bytes)).ShouldBe([(MediaKind.Image, 3300L), (MediaKind.Video, 5000L)]);
        usage.ByPreset.Select(p => (p.Slug, p.Published.Bytes, p.Intermediates.Bytes)).ShouldBe([("reel", 5000L, 300L), ("web-images", 2000L, 300L)]);
    }
}
