using MediaEngine.Domain.Auditing;

namespace MediaEngine.Pipelines.Tests.Support;

/// <summary>An audit log that keeps what it is given, for assertions.</summary>
public sealed class ListAuditLog : IAuditLog
{
    public List<AuditEntry> Entries { get; } = [];

    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        lock (Entries)
        {
            Entries.Add(entry);
        }

        return Task.CompletedTask;
    }
}
