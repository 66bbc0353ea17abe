using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Persistence;

/// <summary>The embedded default.</summary>
/// <remarks>
/// New migration:
/// <c>dotnet ef migrations add &lt;Name&gt; --project MediaEngine.Domain --context SqliteMediaEngineDbContext --output-dir Persistence/Migrations/Sqlite</c>
/// </remarks>
public sealed class SqliteMediaEngineDbContext(DbContextOptions<SqliteMediaEngineDbContext> options)
    : MediaEngineDbContext(options);
