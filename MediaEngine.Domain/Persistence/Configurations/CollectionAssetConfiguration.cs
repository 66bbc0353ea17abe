using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaEngine.Domain.Persistence.Configurations;

internal sealed class CollectionAssetConfiguration : IEntityTypeConfiguration<CollectionAsset>
{
    public void Configure(EntityTypeBuilder<CollectionAsset> builder)
    {
        builder.HasKey(m => new { m.CollectionId, m.AssetId });
        builder.HasIndex(m => m.AssetId);
        builder.HasOne<Asset>().WithMany().HasForeignKey(m => m.AssetId).OnDelete(DeleteBehavior.Cascade);
    }
}
