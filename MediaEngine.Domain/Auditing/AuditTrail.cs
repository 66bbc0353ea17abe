using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Querying;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Auditing;

/// <summary>Reads the audit trail, newest first, filtered and paged in the database.</summary>
public sealed class AuditTrail(IDbContextFactory<MediaEngineDbContext> contexts)
{
    public async Task<PagedResult<AuditEvent>> SearchAsync(AuditFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.ActionPrefix))
        {
            query = query.Where(e => e.Action.StartsWith(filter.ActionPrefix));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            query = query.Where(e => e.Actor.Contains(text) || (e.Target != null && e.Target.Contains(text)) || (e.Details != null && e.Details.Contains(text)));
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<AuditEvent>(items, total, page.Page, page.PageSize);
    }

    /// <summary>The distinct action names recorded so far, for the filter list.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEvents.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
    }
}
