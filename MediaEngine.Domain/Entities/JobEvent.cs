namespace MediaEngine.Domain.Entities;

/// <summary>Something that happened in a job; the live views replay these.</summary>
public sealed class JobEvent
{
    public long Id { get; set; }

    public Guid JobId { get; set; }

    public JobEventKind Kind { get; set; }

    public string? NodeId { get; set; }

    public DateTime At { get; set; } = DateTime.UtcNow;

    public double? Progress { get; set; }

    public string? Message { get; set; }

    /// <summary>Extra structured detail as JSON.</summary>
    public string? DataJson { get; set; }
}
