namespace MediaEngine.Pipelines.Storage;

/// <summary>
/// What a storage cleanup would do now: intermediate (never published) artifacts created before <see cref="Cutoff"/>
/// whose content nothing kept shares. <see cref="Removable"/> is the distinct content (files and bytes) that would be
/// freed; <see cref="ArtifactsToPurge"/> the artifact rows that would be marked as removed; <see cref="ArtifactsKept"/>
/// the old intermediates kept because their content is also a published output, a source asset or a newer artifact.
/// </summary>
public sealed record StorageCleanupPlan(
    int RetentionDays,
    DateTime Cutoff,
    StorageBytes Removable,
    int ArtifactsToPurge,
    int ArtifactsKept)
{
    /// <summary>The content that would be removed (internal to the cleanup).</summary>
    internal IReadOnlyList<string> Sha256s { get; init; } = [];
}
