namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// An asset that cannot be deleted now because queued or running jobs read it. The message names the jobs and says
/// what to do, e.g. <c>'beach.jpg' is not deleted: 1 queued or running job uses it (Web images · beach.jpg, Queued). …</c>.
/// </summary>
public sealed class AssetInUseException(Guid assetId, IReadOnlyList<Guid> jobIds, string message) : Exception(message)
{
    public Guid AssetId { get; } = assetId;

    /// <summary>The queued or running jobs that have the asset among their inputs.</summary>
    public IReadOnlyList<Guid> JobIds { get; } = jobIds;
}
