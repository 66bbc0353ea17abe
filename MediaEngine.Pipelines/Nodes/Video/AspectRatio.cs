namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>The frame shapes social platforms and players use.</summary>
public enum AspectRatio
{
    /// <summary>16:9, landscape (YouTube, TV).</summary>
    Landscape16x9 = 0,

    /// <summary>9:16, portrait (Reels, Shorts, TikTok).</summary>
    Portrait9x16 = 1,

    /// <summary>1:1, square.</summary>
    Square1x1 = 2,

    /// <summary>4:5, portrait feed posts.</summary>
    Portrait4x5 = 3,
}
