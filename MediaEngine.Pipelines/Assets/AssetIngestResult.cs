using MediaEngine.Domain.Entities;

namespace MediaEngine.Pipelines.Assets;

/// <summary>The asset a file became.</summary>
/// <param name="Asset">The stored asset row.</param>
/// <param name="Duplicate">
/// True when the same content was already an asset: that asset is returned and nothing new is stored.
/// </param>
public sealed record AssetIngestResult(Asset Asset, bool Duplicate);
