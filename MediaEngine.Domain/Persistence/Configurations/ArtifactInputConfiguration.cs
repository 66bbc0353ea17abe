using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaEngine.Domain.Persistence.Configurations;

internal sealed class ArtifactInputConfiguration : IEntityTypeConfiguration<ArtifactInput>
{
    public void Configure(EntityTypeBuilder<ArtifactInput> builder)
    {
        builder.HasIndex(i => i.InputArtifactId);
        builder.HasIndex(i => i.InputAssetId);
        builder.HasOne<Artifact>().WithMany().HasForeignKey(i => i.InputArtifactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Asset>().WithMany().HasForeignKey(i => i.InputAssetId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_ArtifactInputs_OneSource",
            "(\"InputArtifactId\" IS NULL AND \"InputAssetId\" IS NOT NULL) OR (\"InputArtifactId\" IS NOT NULL AND \"InputAssetId\" IS NULL)"));
    }
}
