namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>How long a video with an added track lasts.</summary>
public enum AudioFit
{
    /// <summary>As long as the video: a shorter track ends in silence, a longer one is cut.</summary>
    Video = 0,

    /// <summary>As long as the shorter of the video and the track.</summary>
    Shortest = 1,
}
