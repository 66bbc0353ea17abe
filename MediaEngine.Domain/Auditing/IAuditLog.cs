namespace MediaEngine.Domain.Auditing;

/// <summary>Writes the audit trail. Every sign-in, refusal and change goes through here.</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}
