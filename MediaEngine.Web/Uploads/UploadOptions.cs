namespace MediaEngine.Web.Uploads;

/// <summary>Bound from <c>MediaEngine:Uploads</c>; validated at start-up.</summary>
public sealed class UploadOptions
{
    public const string Section = "MediaEngine:Uploads";

    /// <summary>The size of each chunk the browser sends, and the largest chunk accepted. Default 4 MiB.</summary>
    public int ChunkBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>An unfinished upload is kept this many hours after its last chunk, then deleted. Default 24.</summary>
    public int SessionHours { get; set; } = 24;

    public static string KeyOf(string propertyName) => $"{Section}:{propertyName}";
}
