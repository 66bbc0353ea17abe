using MediaEngine.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Workers.Tests.Support;

/// <summary>A context factory whose first <c>failures</c> contexts fail as SQLite does when the database is locked.</summary>
public sealed class FlakyContexts(IDbContextFactory<MediaEngineDbContext> inner, int failures) : IDbContextFactory<MediaEngineDbContext>
{
    private int _calls;

    public int Failed => Math.Min(_calls, failures);

    public MediaEngineDbContext CreateDbContext() =>
        Interlocked.Increment(ref _calls) <= failures
            ? throw new SqliteException("SQLite Error 5: 'database is locked'.", 5)
            : inner.CreateDbContext();
}
