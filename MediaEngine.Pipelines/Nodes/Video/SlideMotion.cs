namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>How the picture of each slide of <c>video.from-images</c> moves while it is shown.</summary>
public enum SlideMotion
{
    /// <summary>The picture stands still.</summary>
    None = 0,

    /// <summary>A slow 10 % zoom about the centre, in on one slide and out on the next.</summary>
    KenBurns = 1,
}
