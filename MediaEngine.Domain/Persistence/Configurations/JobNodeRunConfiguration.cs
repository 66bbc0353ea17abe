using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaEngine.Domain.Persistence.Configurations;

internal sealed class JobNodeRunConfiguration : IEntityTypeConfiguration<JobNodeRun>
{
    public void Configure(EntityTypeBuilder<JobNodeRun> builder)
    {
        builder.Property(r => r.NodeId).HasMaxLength(100);
        builder.Property(r => r.NodeType).HasMaxLength(100);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Message).HasMaxLength(1000);
        builder.Property(r => r.CacheKey).HasMaxLength(64);
        builder.Property(r => r.Error).HasMaxLength(4000);
        builder.HasIndex(r => new { r.JobId, r.NodeId }).IsUnique();
    }
}
