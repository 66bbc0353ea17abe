namespace MediaEngine.Domain.Entities;

/// <summary>A named group of assets (for example "Demo media" or a campaign's sources). An asset may be in several.</summary>
public sealed class Collection
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Unique (the services also refuse a name that differs only in case).</summary>
    public required string Name { get; set; }

    public string? Description { get; set; }

    public Guid? CreatedById { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public List<CollectionAsset> Assets { get; set; } = [];
}
