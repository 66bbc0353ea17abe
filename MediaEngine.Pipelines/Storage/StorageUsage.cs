namespace MediaEngine.Pipelines.Storage;

/// <summary>
/// The space the artifact store holds. Assets and artifacts share one content-addressed store, so every figure counts
/// the bytes of each distinct SHA-256 once. <see cref="DeletedSources"/> are files of deleted assets still kept because
/// no cleanup has removed what refers to them.
/// </summary>
public sealed record StorageUsage(
    StorageSplit Total,
    IReadOnlyList<KindStorage> ByKind,
    IReadOnlyList<PresetStorage> ByPreset,
    StorageBytes DeletedSources,
    StorageBytes RemovedByCleanup)
{
    /// <summary>Everything stored: the split plus the deleted assets' files.</summary>
    public StorageBytes Stored => Total.Total + DeletedSources;
}
