namespace MediaEngine.Workers.Options;

/// <summary>The lanes MediaEngine assigns jobs to.</summary>
public static class LaneNames
{
    public const string Image = "image";
    public const string Video = "video";

    /// <summary>Workbench test runs: never in the production queue.</summary>
    public const string Test = "test";
}
