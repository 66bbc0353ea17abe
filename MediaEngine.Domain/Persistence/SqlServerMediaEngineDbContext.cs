using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Persistence;

/// <summary>Production: SQL Server, shared by several worker nodes.</summary>
/// <remarks>
/// New migration:
/// <c>dotnet ef migrations add &lt;Name&gt; --project MediaEngine.Domain --context SqlServerMediaEngineDbContext --output-dir Persistence/Migrations/SqlServer</c>
/// </remarks>
public sealed class SqlServerMediaEngineDbContext(DbContextOptions<SqlServerMediaEngineDbContext> options)
    : MediaEngineDbContext(options);
