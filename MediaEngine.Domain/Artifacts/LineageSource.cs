namespace MediaEngine.Domain.Artifacts;

/// <summary>What a lineage entry is: a file a job wrote, or a source asset brought into MediaEngine.</summary>
public enum LineageSource
{
    Artifact = 0,
    Asset = 1,
}
