namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>How long each slide of <c>video.from-images</c> stays on screen.</summary>
public enum SlideTiming
{
    /// <summary>Every slide lasts the set number of seconds.</summary>
    FixedDuration = 0,

    /// <summary>The slides are spread evenly over the connected audio's duration.</summary>
    FitAudio = 1,
}
