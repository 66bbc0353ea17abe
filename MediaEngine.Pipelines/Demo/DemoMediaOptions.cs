namespace MediaEngine.Pipelines.Demo;

/// <summary>Bound from <c>MediaEngine:DemoMedia</c>.</summary>
public sealed class DemoMediaOptions
{
    public const string Section = "MediaEngine:DemoMedia";

    /// <summary>Generate the demo media set on first start. Default true.</summary>
    public bool Enabled { get; set; } = true;
}
