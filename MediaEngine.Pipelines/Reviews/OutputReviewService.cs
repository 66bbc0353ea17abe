using System.Globalization;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Assets;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Pipelines.Reviews;

/// <summary>
/// Ratings, notes and tags on outputs. Each signed-in person has at most one review per output (a rating of 1–5, a note,
/// or both), which they edit or clear; tags are shared, normalised like asset tags. Every change is audited. Who may
/// change them is the caller's check (Operator and up); reading is for everyone signed in.
/// </summary>
public sealed class OutputReviewService(IDbContextFactory<MediaEngineDbContext> contexts, IAuditLog audit, TimeProvider clock)
{
    /// <summary>The reviews, average rating and tags of an output.</summary>
    /// <exception cref="KeyNotFoundException">There is no such output.</exception>
    public async Task<OutputReviewSummary> GetAsync(Guid artifactId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RequireArtifactAsync(db, artifactId, cancellationToken);
        var reviews = await (
                from r in db.ArtifactReviews.AsNoTracking()
                where r.ArtifactId == artifactId
                join u in db.Users on r.UserId equals u.Id
                orderby r.UpdatedAt descending
                select new OutputReview(r.UserId, u.Name, r.Rating, r.Note, r.UpdatedAt))
            .ToListAsync(cancellationToken);
        var tags = await db.ArtifactTags.AsNoTracking().Where(t => t.ArtifactId == artifactId).Select(t => t.Tag).ToListAsync(cancellationToken);
        var ratings = reviews.Where(r => r.Rating is not null).Select(r => r.Rating!.Value).ToList();
        return new OutputReviewSummary(
            artifactId, reviews, ratings.Count == 0 ? null : ratings.Average(), ratings.Count, [.. tags.Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Sets the person's rating and note on the output; with neither, their review is cleared. The note is trimmed and
    /// kept up to <see cref="ArtifactReview.MaxNoteLength"/> characters.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The rating is not 1–5.</exception>
    /// <exception cref="ArgumentException">The note is too long, or <paramref name="actor"/> is not a person (an API key).</exception>
    /// <exception cref="KeyNotFoundException">There is no such output.</exception>
    public async Task<OutputReviewSummary> SaveAsync(Guid artifactId, AuditActor actor, int? rating, string? note, CancellationToken cancellationToken = default)
    {
        var userId = RequirePerson(actor);
        if (rating is < ArtifactReview.MinRating or > ArtifactReview.MaxRating)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating,
                $"A rating is {ArtifactReview.MinRating} to {ArtifactReview.MaxRating} stars.");
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > ArtifactReview.MaxNoteLength })
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The note is {text.Length} characters long; a note has at most {ArtifactReview.MaxNoteLength}."),
                nameof(note));
        }

        if (rating is null && text is null)
        {
            return await ClearAsync(artifactId, actor, cancellationToken);
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await RequireArtifactAsync(db, artifactId, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var review = await db.ArtifactReviews.FirstOrDefaultAsync(r => r.ArtifactId == artifactId && r.UserId == userId, cancellationToken);
            if (review is null)
            {
                review = new ArtifactReview { ArtifactId = artifactId, UserId = userId, CreatedAt = now };
                db.ArtifactReviews.Add(review);
            }

            (review.Rating, review.Note, review.UpdatedAt) = (rating, text, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        await audit.WriteAsync(new AuditEntry(actor, "artifact.reviewed", $"artifact:{artifactId}",
            string.Create(CultureInfo.InvariantCulture, $"rating={rating?.ToString(CultureInfo.InvariantCulture) ?? "none"}; note={text?.Length ?? 0} characters")), cancellationToken);
        return await GetAsync(artifactId, cancellationToken);
    }

    /// <summary>Removes the person's rating and note; clearing what is not there changes nothing.</summary>
    public async Task<OutputReviewSummary> ClearAsync(Guid artifactId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var userId = RequirePerson(actor);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await RequireArtifactAsync(db, artifactId, cancellationToken);
            if (await db.ArtifactReviews.Where(r => r.ArtifactId == artifactId && r.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0)
            {
                await audit.WriteAsync(new AuditEntry(actor, "artifact.review-cleared", $"artifact:{artifactId}"), cancellationToken);
            }
        }

        return await GetAsync(artifactId, cancellationToken);
    }

    /// <summary>Adds a tag (normalised as asset tags are); adding one it has changes nothing.</summary>
    /// <exception cref="ArgumentException">The tag is not acceptable (<see cref="AssetTagName.Normalize"/>).</exception>
    public async Task<OutputReviewSummary> AddTagAsync(Guid artifactId, string tag, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var name = AssetTagName.Normalize(tag);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await RequireArtifactAsync(db, artifactId, cancellationToken);
            if (!await db.ArtifactTags.AnyAsync(t => t.ArtifactId == artifactId && t.Tag == name, cancellationToken))
            {
                db.ArtifactTags.Add(new ArtifactTag { ArtifactId = artifactId, Tag = name });
                await db.SaveChangesAsync(cancellationToken);
                await audit.WriteAsync(new AuditEntry(actor, "artifact.tagged", $"artifact:{artifactId}", $"tag={name}"), cancellationToken);
            }
        }

        return await GetAsync(artifactId, cancellationToken);
    }

    /// <summary>Removes a tag; removing one it does not have changes nothing.</summary>
    public async Task<OutputReviewSummary> RemoveTagAsync(Guid artifactId, string tag, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var name = AssetTagName.Normalize(tag);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await RequireArtifactAsync(db, artifactId, cancellationToken);
            if (await db.ArtifactTags.Where(t => t.ArtifactId == artifactId && t.Tag == name).ExecuteDeleteAsync(cancellationToken) > 0)
            {
                await audit.WriteAsync(new AuditEntry(actor, "artifact.untagged", $"artifact:{artifactId}", $"tag={name}"), cancellationToken);
            }
        }

        return await GetAsync(artifactId, cancellationToken);
    }

    private static Guid RequirePerson(AuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Id ?? throw new ArgumentException("Ratings and notes are a person's: sign in to write one (API keys cannot).", nameof(actor));
    }

    private static async Task RequireArtifactAsync(MediaEngineDbContext db, Guid artifactId, CancellationToken cancellationToken)
    {
        if (!await db.Artifacts.AnyAsync(a => a.Id == artifactId, cancellationToken))
        {
            throw new KeyNotFoundException($"There is no output {artifactId}.");
        }
    }
}
