namespace MediaEngine.Workers.Options;

/// <summary>Bound from <c>MediaEngine:Workers</c>.</summary>
public sealed class WorkerOptions
{
    public const string Section = "MediaEngine:Workers";

    /// <summary>Run jobs inside the web host. False when dedicated <c>mediaengine worker</c> nodes do the work.</summary>
    public bool InProcess { get; set; } = true;
}
