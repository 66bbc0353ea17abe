using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Persistence;

/// <summary>Hands out the provider's derived context as the shared <see cref="MediaEngineDbContext"/>.</summary>
internal sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<MediaEngineDbContext>
    where TContext : MediaEngineDbContext
{
    public MediaEngineDbContext CreateDbContext() => inner.CreateDbContext();
}
