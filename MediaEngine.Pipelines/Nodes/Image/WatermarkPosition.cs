namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Where on the image an overlay or watermark sits.</summary>
public enum WatermarkPosition
{
    TopLeft = 0,
    Top = 1,
    TopRight = 2,
    Left = 3,
    Center = 4,
    Right = 5,
    BottomLeft = 6,
    Bottom = 7,
    BottomRight = 8,
}
