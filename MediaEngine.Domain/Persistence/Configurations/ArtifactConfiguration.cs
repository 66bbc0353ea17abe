using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaEngine.Domain.Persistence.Configurations;

internal sealed class ArtifactConfiguration : IEntityTypeConfiguration<Artifact>
{
    public void Configure(EntityTypeBuilder<Artifact> builder)
    {
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.MimeType).HasMaxLength(100);
        builder.Property(a => a.NodeId).HasMaxLength(100);
        builder.Property(a => a.PortName).HasMaxLength(100);
        builder.HasIndex(a => a.Sha256);

        // The gallery: newest published outputs first, by kind, and the outputs of a set of jobs or preset versions (all covering).
        builder.HasIndex(a => new { a.IsPublished, a.CreatedAt, a.Id });
        builder.HasIndex(a => new { a.IsPublished, a.Kind, a.CreatedAt, a.Id });
        builder.HasIndex(a => new { a.JobId, a.IsPublished, a.CreatedAt, a.Id, a.Kind });
        builder.HasIndex(a => new { a.PresetVersionId, a.IsPublished, a.CreatedAt, a.Id, a.Kind });
        builder.HasOne<Job>().WithMany().HasForeignKey(a => a.JobId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<PresetVersion>().WithMany().HasForeignKey(a => a.PresetVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Inputs).WithOne().HasForeignKey(i => i.ArtifactId).OnDelete(DeleteBehavior.Cascade);
    }
}
