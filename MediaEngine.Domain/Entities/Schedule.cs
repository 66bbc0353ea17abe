namespace MediaEngine.Domain.Entities;

/// <summary>Runs a preset on a cron schedule.</summary>
public sealed class Schedule
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Name { get; set; }

    public Guid PresetId { get; set; }

    /// <summary>Pinned version, or null to always run the latest.</summary>
    public int? PresetVersion { get; set; }

    public required string CronExpression { get; set; }

    public string TimeZoneId { get; set; } = "UTC";

    public string InputsJson { get; set; } = "{}";

    public bool Enabled { get; set; } = true;

    public Guid? CreatedById { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? LastFiredAt { get; set; }

    public DateTime? NextFireAt { get; set; }
}
