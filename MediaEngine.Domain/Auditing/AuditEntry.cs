namespace MediaEngine.Domain.Auditing;

/// <summary>What to record: <paramref name="Actor"/> did <paramref name="Action"/> to <paramref name="Target"/>.</summary>
public sealed record AuditEntry(
    AuditActor Actor,
    string Action,
    string? Target = null,
    string? Details = null);
