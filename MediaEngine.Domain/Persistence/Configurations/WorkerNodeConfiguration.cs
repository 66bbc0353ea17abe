using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaEngine.Domain.Persistence.Configurations;

internal sealed class WorkerNodeConfiguration : IEntityTypeConfiguration<WorkerNode>
{
    public void Configure(EntityTypeBuilder<WorkerNode> builder)
    {
        builder.Property(w => w.Id).HasMaxLength(200);
        builder.Property(w => w.HostName).HasMaxLength(200);
        builder.Property(w => w.Role).HasMaxLength(16);
        builder.Property(w => w.LanesJson).HasMaxLength(2000);
        builder.HasIndex(w => w.LastCheckInAt);
    }
}
