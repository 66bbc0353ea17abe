namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// A file that is not taken in as an asset: unsupported content, over a configured limit, corrupt or unreadable.
/// The message is meant for the person who sent the file, e.g.
/// <c>'setup.png' was not accepted: its content is a Linux/Unix program (ELF executable), …</c>. Nothing has been stored.
/// </summary>
public sealed class AssetRejectedException(string fileName, string reason, Exception? inner = null)
    : Exception($"'{fileName}' was not accepted: {reason}", inner)
{
    /// <summary>The name the file was sent with.</summary>
    public string FileName { get; } = fileName;

    /// <summary>Why it was not accepted, without the file name.</summary>
    public string Reason { get; } = reason;
}
