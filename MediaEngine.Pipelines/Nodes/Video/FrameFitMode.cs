namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>How a picture is made to fill a frame of another shape.</summary>
public enum FrameFitMode
{
    /// <summary>Cover the frame and cut off what sticks out, keeping the centre.</summary>
    Crop = 0,

    /// <summary>Fit the whole picture inside the frame and fill the bars with a colour.</summary>
    Pad = 1,
}
