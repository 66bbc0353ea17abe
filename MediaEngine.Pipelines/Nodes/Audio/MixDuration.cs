namespace MediaEngine.Pipelines.Nodes.Audio;

/// <summary>How long a mix of several tracks lasts.</summary>
public enum MixDuration
{
    /// <summary>Until the longest track ends.</summary>
    Longest = 0,

    /// <summary>Until the shortest track ends.</summary>
    Shortest = 1,

    /// <summary>As long as the first track.</summary>
    First = 2,
}
