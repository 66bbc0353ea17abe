using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;

namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// Where an asset's file is: content-addressed in the <see cref="ArtifactStore"/> under its SHA-256 and the canonical
/// extension of its MIME type (<see cref="MediaTypes.ExtensionFor"/>), and how it enters a pipeline.
/// </summary>
public sealed class AssetFiles(ArtifactStore store)
{
    /// <summary>The stored, read-only file of <paramref name="asset"/>.</summary>
    public string PathOf(Asset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return store.PathFor(asset.Sha256, MediaTypes.ExtensionFor(asset.MimeType));
    }

    /// <summary>The asset as a pipeline input: its stored file, kind, type and dimensions, named and linked to the asset.</summary>
    public ArtifactRef ToInput(Asset asset) =>
        new(asset.Sha256, PathOf(asset), PortKindOf(asset.Kind), asset.MimeType, asset.SizeBytes, asset.Width, asset.Height, asset.DurationSeconds)
        {
            Name = asset.Name,
            SourceAssetId = asset.Id,
        };

    /// <summary>The port kind files of <paramref name="kind"/> flow through.</summary>
    public static PortKind PortKindOf(MediaKind kind) => kind switch
    {
        MediaKind.Image => PortKind.Image,
        MediaKind.Video => PortKind.Video,
        MediaKind.Audio => PortKind.Audio,
        MediaKind.Text => PortKind.Text,
        MediaKind.Data => PortKind.Data,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown media kind."),
    };
}
