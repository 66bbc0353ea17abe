namespace MediaEngine.Pipelines.Nodes.Video;

public enum VideoCodec
{
    H264 = 0,
    Hevc = 1,
    Vp9 = 2,
    Av1 = 3,
}
