using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaEngine.Domain.Persistence.Configurations;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        // Status is a concurrency token: a cancel and a worker starting the job cannot both win.
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(j => j.Title).HasMaxLength(400);
        builder.Property(j => j.WorkerId).HasMaxLength(200);
        builder.Property(j => j.Priority); // stored as its number so that queues order by it
        builder.Property(j => j.Lane).HasMaxLength(32);
        builder.Property(j => j.Error).HasMaxLength(4000);
        builder.HasIndex(j => new { j.Status, j.CreatedAt });
        builder.HasIndex(j => j.CreatedAt);
        builder.HasIndex(j => new { j.PresetVersionId, j.CreatedAt });
        builder.HasIndex(j => new { j.PresetId, j.CreatedAt });
        builder.HasIndex(j => new { j.Lane, j.Status, j.CreatedAt });
        builder.HasIndex(j => new { j.SubmittedById, j.CreatedAt });
        builder.HasIndex(j => j.BatchId);
        builder.HasOne<Preset>().WithMany().HasForeignKey(j => j.PresetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(j => j.PresetVersion).WithMany().HasForeignKey(j => j.PresetVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(j => j.SubmittedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Job>().WithMany().HasForeignKey(j => j.PreviousAttemptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Schedule>().WithMany().HasForeignKey(j => j.ScheduleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(j => j.NodeRuns).WithOne().HasForeignKey(r => r.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
