namespace MediaEngine.Pipelines.Storage;

/// <summary>Bound from <c>MediaEngine:Storage</c>; validated at start-up.</summary>
public sealed class StorageOptions
{
    public const string Section = "MediaEngine:Storage";

    /// <summary>The longest accepted retention, about ten years.</summary>
    public const int MaxRetentionDays = 3650;

    /// <summary>
    /// Intermediate (never published) artifacts older than this many days are removed by the storage cleanup, unless
    /// their content is also a published output, a source asset or a newer intermediate. Default 30.
    /// </summary>
    public int IntermediateRetentionDays { get; set; } = 30;

    /// <summary>Run the cleanup once a day on the job scheduler. Default true; the Storage page can always run it.</summary>
    public bool DailyCleanup { get; set; } = true;

    /// <summary>The full configuration key of a setting, e.g. <c>MediaEngine:Storage:IntermediateRetentionDays</c>, for messages.</summary>
    public static string KeyOf(string propertyName) => $"{Section}:{propertyName}";
}
