using MediaEngine.Domain.Entities;

namespace MediaEngine.Domain.Artifacts;

/// <summary>
/// One file in an artifact's lineage. <see cref="Depth"/> is 1 for a direct input (or a direct derivation), 2 for an
/// input of an input, and so on; <see cref="LinkedTo"/> is the artifact it was used for (inputs) or made from (derived).
/// <see cref="Label"/> is the asset name or "node.port". <see cref="IsAvailable"/> is false for a deleted asset and for an artifact whose file storage cleanup removed.
/// </summary>
public sealed record LineageEntry(
    LineageSource Source,
    Guid Id,
    int Depth,
    Guid LinkedTo,
    MediaKind Kind,
    string MimeType,
    string Label,
    Guid? JobId,
    bool IsAvailable);
