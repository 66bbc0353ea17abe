namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>How <see cref="CompareView"/> lays out the two files.</summary>
public enum CompareMode
{
    /// <summary>The after laid over the before, revealed from a movable split.</summary>
    Slider,

    /// <summary>The two files next to each other.</summary>
    SideBySide,
}
