namespace MediaEngine.Pipelines.Nodes.Image;

public enum ResizeMode
{
    /// <summary>Scale to fit inside the box, keeping the aspect ratio.</summary>
    Fit = 0,

    /// <summary>Scale to cover the box, then centre-crop to exactly its size.</summary>
    Fill = 1,

    /// <summary>Centre-crop to the box without scaling.</summary>
    Crop = 2,
}
