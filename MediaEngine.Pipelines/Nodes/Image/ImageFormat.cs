namespace MediaEngine.Pipelines.Nodes.Image;

public enum ImageFormat
{
    Jpeg = 0,
    Png = 1,
    WebP = 2,
    Avif = 3,
}
