namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>The resampling used to upscale: speed against sharpness.</summary>
public enum UpscaleQuality
{
    /// <summary>Bilinear (triangle) filter: quickest, softest.</summary>
    Fast = 0,

    /// <summary>Lanczos filter: sharp edges.</summary>
    Balanced = 1,

    /// <summary>Lanczos filter followed by an unsharp mask scaled to the factor.</summary>
    High = 2,
}
