namespace MediaEngine.Pipelines.Media;

/// <summary>
/// A media file that cannot be used: missing, corrupt, unsupported or over a configured limit.
/// The message names the file and the reason, e.g. <c>'clip.mp4' cannot be used: it does not exist</c>.
/// </summary>
public sealed class MediaInputException(string path, string reason, Exception? inner = null)
    : Exception($"'{Path.GetFileName(path)}' cannot be used: {reason}", inner)
{
    /// <summary>The path of the offending file, as given.</summary>
    public string FilePath { get; } = path;

    /// <summary>Why the file cannot be used, without the file name.</summary>
    public string Reason { get; } = reason;
}
