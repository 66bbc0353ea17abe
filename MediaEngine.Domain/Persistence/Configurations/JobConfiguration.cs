using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaEngine.Domain.Persistence.Configurations;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Lane).HasMaxLength(32);
        builder.Property(j => j.Error).HasMaxLength(4000);
        builder.HasIndex(j => new { j.Status, j.CreatedAt });
        builder.HasIndex(j => j.CreatedAt);
        builder.HasIndex(j => new { j.PresetVersionId, j.CreatedAt });
        builder.HasIndex(j => new { j.SubmittedById, j.CreatedAt });
        builder.HasIndex(j => j.BatchId);
        builder.HasOne(j => j.PresetVersion).WithMany().HasForeignKey(j => j.PresetVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(j => j.SubmittedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Job>().WithMany().HasForeignKey(j => j.PreviousAttemptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Schedule>().WithMany().HasForeignKey(j => j.ScheduleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(j => j.NodeRuns).WithOne().HasForeignKey(r => r.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
