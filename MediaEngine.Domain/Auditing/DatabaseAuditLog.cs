using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Auditing;

internal sealed class DatabaseAuditLog(IDbContextFactory<MediaEngineDbContext> contexts, TimeProvider clock) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEvents.Add(new AuditEvent
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = entry.Actor.Id,
            Actor = Truncate(entry.Actor.Name, 320)!,
            IpAddress = entry.Actor.IpAddress,
            Action = entry.Action,
            Target = Truncate(entry.Target, 400),
            Details = Truncate(entry.Details, 4000),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int max) =>
        value is null || value.Length <= max ? value : value[..max];
}
