namespace MediaEngine.Domain.Entities;

/// <summary>One immutable version of a preset's graph. Jobs pin the exact version they ran.</summary>
public sealed class PresetVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PresetId { get; set; }

    public Preset? Preset { get; set; }

    /// <summary>1, 2, 3, … within the preset.</summary>
    public int Version { get; set; }

    /// <summary>The graph in the versioned JSON format.</summary>
    public required string GraphJson { get; set; }

    public int SchemaVersion { get; set; }

    public string? Note { get; set; }

    public Guid? CreatedById { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
