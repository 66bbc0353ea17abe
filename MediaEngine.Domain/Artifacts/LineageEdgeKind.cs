namespace MediaEngine.Domain.Artifacts;

/// <summary>What a link of a lineage graph means.</summary>
public enum LineageEdgeKind
{
    /// <summary>The target artifact was made from the source asset or artifact (one recorded input).</summary>
    Input,

    /// <summary>The source job wrote the target artifact (drawn to the job's first artifacts in the graph).</summary>
    Produced,

    /// <summary>The source preset version is what the target job ran.</summary>
    Ran,
}
