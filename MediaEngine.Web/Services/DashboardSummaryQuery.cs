using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Web.Services;

/// <summary>Counts shown on the dashboard, straight from the database.</summary>
public sealed class DashboardSummaryQuery(IDbContextFactory<MediaEngineDbContext> contexts)
{
    public async Task<DashboardSummary> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new DashboardSummary(
            await db.Users.CountAsync(cancellationToken),
            await db.Presets.CountAsync(p => p.ArchivedAt == null, cancellationToken),
            await db.Assets.CountAsync(a => a.DeletedAt == null, cancellationToken),
            await db.Jobs.CountAsync(cancellationToken));
    }
}
