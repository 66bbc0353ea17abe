namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>The shape of a social-media carousel slide; all are 1080 pixels wide.</summary>
public enum SlideAspect
{
    /// <summary>1:1, 1080×1080.</summary>
    Square = 0,

    /// <summary>4:5, 1080×1350.</summary>
    Portrait = 1,

    /// <summary>9:16, 1080×1920.</summary>
    Story = 2,
}
