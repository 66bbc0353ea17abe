namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>What happens to a video's own sound when another track is added.</summary>
public enum AudioMode
{
    /// <summary>The new track replaces the video's sound.</summary>
    Replace = 0,

    /// <summary>The new track plays over the video's sound.</summary>
    Mix = 1,
}
