namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Where a block of text sits vertically; it is always centred horizontally.</summary>
public enum TextPlacement
{
    Top = 0,
    Center = 1,
    Bottom = 2,
}
