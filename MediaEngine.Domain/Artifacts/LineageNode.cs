using MediaEngine.Domain.Entities;

namespace MediaEngine.Domain.Artifacts;

/// <summary>
/// One box of a lineage graph. <see cref="Key"/> is unique in the graph (<c>artifact:{id}</c>, <c>asset:{id}</c>,
/// <c>job:{id}</c>, <c>version:{id}</c>); <see cref="Label"/> is the asset name, "node.port", the job title or
/// "slug@version"; <see cref="Detail"/> a second line. <see cref="Depth"/> is how many input steps back (negative)
/// or derivation steps on (positive) an asset or artifact is from the artifact the graph was drawn for (0).
/// <see cref="IsAvailable"/> is false for a deleted asset, a purged intermediate file, or a job or version that is gone.
/// </summary>
public sealed record LineageNode(
    string Key,
    LineageNodeKind Kind,
    Guid Id,
    string Label,
    string Detail,
    MediaKind? MediaKind,
    int Depth,
    bool IsPublished,
    bool IsAvailable,
    string? PresetSlug = null,
    int? PresetVersion = null)
{
    public static string KeyOf(LineageNodeKind kind, Guid id) => kind switch
    {
        LineageNodeKind.Asset => $"asset:{id}",
        LineageNodeKind.Artifact => $"artifact:{id}",
        LineageNodeKind.Job => $"job:{id}",
        _ => $"version:{id}",
    };
}
