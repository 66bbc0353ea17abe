namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>How blended images combine.</summary>
public enum BlendMode
{
    /// <summary>The (weighted) mean of the images.</summary>
    Average = 0,

    /// <summary>Lightens: the inverse of multiplying the inverses.</summary>
    Screen = 1,

    /// <summary>Darkens: the product of the images.</summary>
    Multiply = 2,

    /// <summary>Multiply in the shadows, screen in the highlights of the image below.</summary>
    Overlay = 3,

    /// <summary>A gentler overlay.</summary>
    SoftLight = 4,

    /// <summary>The lighter of each pixel.</summary>
    Lighten = 5,

    /// <summary>The darker of each pixel.</summary>
    Darken = 6,
}
