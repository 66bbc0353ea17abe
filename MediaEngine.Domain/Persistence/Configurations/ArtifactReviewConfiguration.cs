using MediaEngine.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaEngine.Domain.Persistence.Configurations;

internal sealed class ArtifactReviewConfiguration : IEntityTypeConfiguration<ArtifactReview>
{
    public void Configure(EntityTypeBuilder<ArtifactReview> builder)
    {
        builder.HasKey(r => new { r.ArtifactId, r.UserId });
        builder.Property(r => r.Note).HasMaxLength(ArtifactReview.MaxNoteLength);
        builder.HasIndex(r => new { r.ArtifactId, r.Rating });
        builder.HasOne<Artifact>().WithMany().HasForeignKey(r => r.ArtifactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_ArtifactReviews_Rating",
            $"\"Rating\" IS NULL OR (\"Rating\" >= {ArtifactReview.MinRating} AND \"Rating\" <= {ArtifactReview.MaxRating})"));
    }
}
