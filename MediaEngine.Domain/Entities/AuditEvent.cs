namespace MediaEngine.Domain.Entities;

/// <summary>One line of the audit trail: who did what to what, when.</summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTime At { get; set; } = DateTime.UtcNow;

    public Guid? ActorId { get; set; }

    /// <summary>E-mail, <c>apikey:name</c>, <c>anonymous</c> or <c>system</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>Dotted verb such as <c>signin.succeeded</c> or <c>apikey.created</c>.</summary>
    public required string Action { get; set; }

    public string? Target { get; set; }

    public string? Details { get; set; }

    public string? IpAddress { get; set; }
}
