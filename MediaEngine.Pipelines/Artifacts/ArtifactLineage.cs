namespace MediaEngine.Pipelines.Artifacts;

/// <summary>Where an artifact came from: which job (if any), preset version and node.</summary>
public sealed record ArtifactLineage(Guid? JobId, Guid? PresetVersionId, string NodeId);
