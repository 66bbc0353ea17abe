using MediaEngine.Domain.Entities;

namespace MediaEngine.Pipelines.Assets;

/// <summary>What the assets library shows; every criterion is optional and they all apply together.</summary>
/// <param name="Kind">Only this kind of media.</param>
/// <param name="From">Brought in at or after this time (UTC).</param>
/// <param name="To">Brought in before this time (UTC).</param>
/// <param name="UploadedById">Sent by this user.</param>
/// <param name="Tag">Carries this tag (compared after <see cref="AssetTagName.Normalize"/>).</param>
/// <param name="Search">Part of the name or of a tag, ignoring case.</param>
/// <param name="Source">Came from this source: <c>upload</c>, <c>drive</c>, <c>demo</c>.</param>
/// <param name="CollectionId">Is in this collection.</param>
public sealed record AssetFilter(
    MediaKind? Kind = null,
    DateTime? From = null,
    DateTime? To = null,
    Guid? UploadedById = null,
    string? Tag = null,
    string? Search = null,
    string? Source = null,
    Guid? CollectionId = null);
