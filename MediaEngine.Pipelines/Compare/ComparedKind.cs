namespace MediaEngine.Pipelines.Compare;

/// <summary>What a compared file holds, which decides whether SSIM applies.</summary>
public enum ComparedKind
{
    /// <summary>A single picture.</summary>
    Image,

    /// <summary>Moving pictures, with or without sound.</summary>
    Video,

    /// <summary>Sound only: SSIM does not apply.</summary>
    Audio,
}
