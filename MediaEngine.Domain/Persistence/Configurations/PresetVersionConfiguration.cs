using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaEngine.Domain.Persistence.Configurations;

internal sealed class PresetVersionConfiguration : IEntityTypeConfiguration<PresetVersion>
{
    public void Configure(EntityTypeBuilder<PresetVersion> builder)
    {
        builder.HasIndex(v => new { v.PresetId, v.Version }).IsUnique();
        builder.Property(v => v.Note).HasMaxLength(1000);
        builder.HasOne<User>().WithMany().HasForeignKey(v => v.CreatedById).OnDelete(DeleteBehavior.SetNull);
    }
}
