using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaEngine.Domain.Persistence.Configurations;

internal sealed class AssetTagConfiguration : IEntityTypeConfiguration<AssetTag>
{
    public void Configure(EntityTypeBuilder<AssetTag> builder)
    {
        builder.HasKey(t => new { t.AssetId, t.Tag });
        builder.Property(t => t.Tag).HasMaxLength(64);
        builder.HasIndex(t => t.Tag);
    }
}
