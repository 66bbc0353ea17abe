namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>How in-between frames are made when raising a frame rate.</summary>
public enum InterpolationMethod
{
    /// <summary>Motion-compensated (ffmpeg minterpolate, mi_mode=mci): smooth motion, slow to compute.</summary>
    MotionCompensated = 0,

    /// <summary>Cross-fades neighbouring frames: fast, but moving edges ghost.</summary>
    Blend = 1,
}
