using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Presets;
using MediaEngine.Domain.Security;
using MediaEngine.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaEngine.Domain.DependencyInjection;

public static class DomainServiceCollectionExtensions
{
    /// <summary>Options, the provider's DbContext, migrations and the audit log.</summary>
    public static IHostApplicationBuilder AddMediaEngineDomain(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MediaEngineOptions>().BindConfiguration(MediaEngineOptions.Section);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddSingleton(TimeProvider.System);

        var connection = DatabaseConnection.FromConfiguration(builder.Configuration);
        var connectionString = connection.ConnectionString;

        switch (connection.Provider)
        {
            case DatabaseProvider.SqlServer:
                services.AddDbContextFactory<SqlServerMediaEngineDbContext>(o => o.UseSqlServer(connectionString));
                services.AddSingleton<IDbContextFactory<MediaEngineDbContext>, ProviderDbContextFactory<SqlServerMediaEngineDbContext>>();
                break;
            default:
                // SQLite migrations that rebuild a table switch foreign keys off outside the transaction, as SQLite
                // requires; EF Core does this on purpose and warns about it every time.
                services.AddDbContextFactory<SqliteMediaEngineDbContext>(o => o.UseSqlite(connectionString)
                    .AddInterceptors(new SqlitePragmaInterceptor())
                    .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning)));
                services.AddSingleton<IDbContextFactory<MediaEngineDbContext>, ProviderDbContextFactory<SqliteMediaEngineDbContext>>();
                break;
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<MediaEngineDbContext>>().CreateDbContext());
        services.AddSingleton(connection);
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<IAuditLog, DatabaseAuditLog>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<UserService>();
        services.AddSingleton<PresetResolver>();
        services.AddSingleton<PresetQueries>();
        services.AddSingleton<PresetCatalog>();
        services.AddSingleton<WorkbenchDrafts>();
        services.AddSingleton<Jobs.JobQueries>();
        services.AddSingleton<Jobs.JobStatistics>();
        services.AddSingleton<Artifacts.ArtifactQueries>();
        return builder;
    }
}
