namespace MediaEngine.Domain.Entities;

/// <summary>A named pipeline. Its graph lives in immutable <see cref="PresetVersion"/> rows.</summary>
public sealed class Preset
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Stable, URL-safe identifier such as <c>web-images</c>; unique.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Shipped with MediaEngine: read-only, can only be cloned.</summary>
    public bool IsSystem { get; set; }

    public int LatestVersion { get; set; }

    public Guid? CreatedById { get; set; }

    public Guid? ClonedFromId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? ArchivedAt { get; set; }

    public List<PresetVersion> Versions { get; set; } = [];
}
