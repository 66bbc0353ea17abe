namespace MediaEngine.Domain.Entities;

/// <summary>Membership of an asset in a <see cref="Collection"/>.</summary>
public sealed class CollectionAsset
{
    public Guid CollectionId { get; set; }

    public Guid AssetId { get; set; }

    public DateTime AddedAt { get; set; } = DateTime.UtcNow;
}
