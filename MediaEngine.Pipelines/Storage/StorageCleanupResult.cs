namespace MediaEngine.Pipelines.Storage;

/// <summary>What a storage cleanup did: files removed and bytes freed, artifacts marked as removed, cache entries forgotten.</summary>
public sealed record StorageCleanupResult(
    int RetentionDays,
    DateTime Cutoff,
    StorageBytes Freed,
    int ArtifactsPurged,
    int ArtifactsKept,
    int CacheEntriesRemoved);
