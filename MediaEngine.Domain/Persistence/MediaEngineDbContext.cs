using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MediaEngine.Domain.Persistence;

/// <summary>
/// MediaEngine's data. Each database provider derives its own context so that it keeps its own migrations:
/// <see cref="SqliteMediaEngineDbContext"/> and <see cref="SqlServerMediaEngineDbContext"/>.
/// </summary>
public abstract class MediaEngineDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Asset> Assets => Set<Asset>();

    public DbSet<AssetTag> AssetTags => Set<AssetTag>();

    public DbSet<Preset> Presets => Set<Preset>();

    public DbSet<PresetVersion> PresetVersions => Set<PresetVersion>();

    public DbSet<Job> Jobs => Set<Job>();

    public DbSet<JobNodeRun> JobNodeRuns => Set<JobNodeRun>();

    public DbSet<JobEvent> JobEvents => Set<JobEvent>();

    public DbSet<Artifact> Artifacts => Set<Artifact>();

    public DbSet<ArtifactInput> ArtifactInputs => Set<ArtifactInput>();

    public DbSet<ArtifactReview> ArtifactReviews => Set<ArtifactReview>();

    public DbSet<ArtifactTag> ArtifactTags => Set<ArtifactTag>();

    public DbSet<Collection> Collections => Set<Collection>();

    public DbSet<CollectionAsset> CollectionAssets => Set<CollectionAsset>();

    public DbSet<Schedule> Schedules => Set<Schedule>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<WorkerNode> WorkerNodes => Set<WorkerNode>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MediaEngineDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; say so on the way back from the database too.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
