namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>The visual style of a carousel slide (the brand kit's "style").</summary>
public enum SlideStyle
{
    /// <summary>A short accent bar above a bold title.</summary>
    Classic = 0,

    /// <summary>An accent band as wide as the text, above a larger title.</summary>
    Bold = 1,

    /// <summary>No bar: the title itself is drawn in the accent colour.</summary>
    Minimal = 2,
}
