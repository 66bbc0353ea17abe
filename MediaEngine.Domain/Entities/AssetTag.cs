namespace MediaEngine.Domain.Entities;

public sealed class AssetTag
{
    public Guid AssetId { get; set; }

    public required string Tag { get; set; }
}
