namespace MediaEngine.Domain.Artifacts;

/// <summary>What a box of a lineage graph stands for.</summary>
public enum LineageNodeKind
{
    /// <summary>A source file brought into MediaEngine.</summary>
    Asset,

    /// <summary>A file a node of a job wrote.</summary>
    Artifact,

    /// <summary>The job that wrote artifacts.</summary>
    Job,

    /// <summary>The preset version a job ran.</summary>
    PresetVersion,
}
