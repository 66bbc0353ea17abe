namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>x264/x265 presets: faster encodes give larger files at the same quality.</summary>
public enum EncoderSpeed
{
    UltraFast = 0,
    SuperFast = 1,
    VeryFast = 2,
    Faster = 3,
    Fast = 4,
    Medium = 5,
    Slow = 6,
    Slower = 7,
    VerySlow = 8,
}
