namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>How many times wider and taller an upscaled image becomes.</summary>
public enum UpscaleFactor
{
    X2 = 0,
    X4 = 1,
}
