namespace MediaEngine.Domain.Presets;

/// <summary>
/// Saving was asked for a graph identical to the preset's latest version, so no version was added. Not an error to
/// show in red: the message says the graph is already saved as <see cref="Version"/>.
/// </summary>
public sealed class PresetUnchangedException(string slug, int version)
    : Exception($"Nothing changed since version {version} of \"{slug}\", so no new version was saved.")
{
    public string Slug { get; } = slug;

    /// <summary>The latest version, which already holds the graph.</summary>
    public int Version { get; } = version;
}
