using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaEngine.Domain.Persistence.Configurations;

internal sealed class ArtifactTagConfiguration : IEntityTypeConfiguration<ArtifactTag>
{
    public void Configure(EntityTypeBuilder<ArtifactTag> builder)
    {
        builder.HasKey(t => new { t.ArtifactId, t.Tag });
        builder.Property(t => t.Tag).HasMaxLength(64);
        builder.HasIndex(t => t.Tag);
        builder.HasOne<Artifact>().WithMany().HasForeignKey(t => t.ArtifactId).OnDelete(DeleteBehavior.Cascade);
    }
}
